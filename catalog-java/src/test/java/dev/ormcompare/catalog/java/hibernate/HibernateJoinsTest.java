package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import dev.ormcompare.catalog.java.hibernate.Joins.AuthorTotal;
import dev.ormcompare.catalog.java.hibernate.Joins.TitleAndAuthor;
import java.util.List;

@WithBlogData
class HibernateJoinsTest extends HibernateCells {

    @Topic("fetch-related")
    void fetchRelated(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Joins::fetchRelated));
        // read after the transaction ended: only a fetched author is readable here
        assertThat(posts).extracting(Post::getTitle, post -> post.getAuthor().getName()).containsExactly(
                tuple("Hello SQL", "Ada Lovelace"), tuple("ORMs in practice", "Ada Lovelace"),
                tuple("Compilers", "Grace Hopper"), tuple("Draft notes", "Grace Hopper"));
    }

    @Topic("filter-by-related")
    void filterByRelated(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Joins::filterByRelated));
        assertThat(posts).extracting(Post::getTitle).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(Cell cell) throws Exception {
        List<TitleAndAuthor> rows = cell.sent(() -> inTransaction(Joins::innerJoin));
        assertThat(rows).containsExactly(new TitleAndAuthor("Hello SQL", "Ada Lovelace"),
                new TitleAndAuthor("ORMs in practice", "Ada Lovelace"), new TitleAndAuthor("Compilers", "Grace Hopper"),
                new TitleAndAuthor("Draft notes", "Grace Hopper"));
    }

    @Topic("left-join")
    void leftJoin(Cell cell) throws Exception {
        List<TitleAndAuthor> rows = cell.sent(() -> inTransaction(Joins::leftJoin));
        assertThat(rows).hasSize(5).last().isEqualTo(new TitleAndAuthor(null, "Alan Turing"));
    }

    @Topic("nested-relations")
    void nestedRelations(Cell cell) throws Exception {
        List<Author> authors = cell.sent(() -> inTransaction(Joins::nestedRelations));
        assertThat(authors).extracting(Author::getName).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(authors.get(0).getPosts()).filteredOn(post -> post.getTitle().equals("ORMs in practice"))
                .singleElement().extracting(post -> post.getTags().stream().map(Tag::getName).sorted().toList())
                .isEqualTo(List.of("java", "orm"));
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(Cell cell) throws Exception {
        List<AuthorTotal> totals = cell.sent(() -> inTransaction(Joins::aggregateGroupBy));
        assertThat(totals).containsExactly(new AuthorTotal("Ada Lovelace", 150), new AuthorTotal("Grace Hopper", 10));
    }

    @Topic("count-related")
    void countRelated(Cell cell) throws Exception {
        List<AuthorTotal> counts = cell.sent(() -> inTransaction(Joins::countRelated));
        assertThat(counts).containsExactly(new AuthorTotal("Ada Lovelace", 2), new AuthorTotal("Grace Hopper", 2),
                new AuthorTotal("Alan Turing", 0));
    }
}
