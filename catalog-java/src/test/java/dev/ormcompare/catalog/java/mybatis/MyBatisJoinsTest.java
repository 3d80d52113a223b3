package dev.ormcompare.catalog.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.mybatis.PostMapper.AuthorTotal;
import dev.ormcompare.catalog.java.mybatis.PostMapper.Group;
import dev.ormcompare.catalog.java.mybatis.PostMapper.Range;
import dev.ormcompare.catalog.java.mybatis.PostMapper.TitleAndAuthor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Joins and aggregates. */
class MyBatisJoinsTest extends MyBatisCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("fetch-related")
    void fetchRelated(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> posts(PostMapper::findAllWithAuthor));
        assertThat(posts)
                .extracting(Post::getTitle, post -> post.getAuthor().getName(), post -> post.getAuthor().getId())
                .containsExactly(tuple("Hello SQL", "Ada Lovelace", 1L), tuple("ORMs in practice", "Ada Lovelace", 1L),
                        tuple("Compilers", "Grace Hopper", 2L), tuple("Draft notes", "Grace Hopper", 2L));
    }

    @Topic("filter-by-related")
    void filterByRelated(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> posts(mapper -> mapper.findByAuthorEmail("ada@example.com")));
        assertThat(posts).extracting(Post::getTitle).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::findTitlesWithAuthor))).containsExactly(
                new TitleAndAuthor("Hello SQL", "Ada Lovelace"), new TitleAndAuthor("ORMs in practice", "Ada Lovelace"),
                new TitleAndAuthor("Compilers", "Grace Hopper"), new TitleAndAuthor("Draft notes", "Grace Hopper"));
    }

    @Topic("left-join")
    void leftJoin(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::findAuthorsWithTitles))).hasSize(5).last()
                .isEqualTo(new TitleAndAuthor(null, "Alan Turing"));
    }

    @Topic("nested-relations")
    void nestedRelations(Cell cell) throws Exception {
        List<Author> authors = cell.sent(() -> authors(AuthorMapper::findAllWithPostsAndTags));

        assertThat(authors).extracting(Author::getName).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(authors.get(0).getPosts()).extracting(Post::getTitle, Post::getTags).containsExactly(
                tuple("Hello SQL", List.of("sql")), tuple("ORMs in practice", List.of("java", "orm")));
        assertThat(authors.get(2).getPosts()).isEmpty();
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::sumViewsByAuthor)))
                .containsExactly(new AuthorTotal("Ada Lovelace", 150), new AuthorTotal("Grace Hopper", 10));
    }

    @Topic("count-related")
    void countRelated(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::countPostsByAuthor))).containsExactly(
                new AuthorTotal("Ada Lovelace", 2), new AuthorTotal("Grace Hopper", 2), new AuthorTotal("Alan Turing", 0));
    }

    @Topic("sum")
    void sum(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::sumViews))).isEqualTo(160);
    }

    @Topic("avg")
    void avg(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::averagePublishedViews))).isEqualTo(75.0);
    }

    @Topic("min-max")
    void minMax(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::viewsRange))).isEqualTo(new Range(0, 100));
    }

    @Topic("group-by")
    void groupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::countByPublished)))
                .containsExactly(new Group(false, 2), new Group(true, 2));
    }

    @Topic("having")
    void having(Cell cell) throws Exception {
        List<String> names = cell.sent(() -> posts(mapper -> mapper.findAuthorsWithViewsAbove(100)));
        assertThat(names)
                .containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts(PostMapper::findAboveAverageViews))).extracting(Post::getTitle)
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }
}
