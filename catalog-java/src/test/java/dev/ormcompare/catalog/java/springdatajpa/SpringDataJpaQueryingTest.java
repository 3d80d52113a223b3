package dev.ormcompare.catalog.java.springdatajpa;

import static dev.ormcompare.catalog.java.hibernate.PostTitles.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import dev.ormcompare.catalog.java.hibernate.Author;
import dev.ormcompare.catalog.java.hibernate.AuthorStats;
import dev.ormcompare.catalog.java.hibernate.Post;
import dev.ormcompare.catalog.java.hibernate.Tag;
import dev.ormcompare.catalog.java.springdatajpa.PostRepository.AuthorTotal;
import dev.ormcompare.catalog.java.springdatajpa.PostRepository.PublishedCount;
import dev.ormcompare.catalog.java.springdatajpa.PostRepository.TitleAndAuthor;
import dev.ormcompare.catalog.java.springdatajpa.PostRepository.TitleAndViews;
import java.util.List;
import org.springframework.data.domain.Page;

/** Querying, joins, aggregation, raw queries and the advanced topics, over the blog data. */
@WithBlogData
class SpringDataJpaQueryingTest extends SpringDataJpaCells {

    @Topic("filter-where")
    void filterWhere(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findByPublishedTrue())))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findAllByOrderByViewsDescTitleAsc())))
                .containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(Cell cell) throws Exception {
        List<TitleAndViews> rows = cell.sent(() -> posts.findAllByOrderByIdAsc());
        assertThat(rows).first().isEqualTo(new TitleAndViews("Hello SQL", 100));
        assertThat(rows).hasSize(4);
    }

    @Topic("limit-offset")
    void limitOffset(Cell cell) throws Exception {
        Page<Post> page = cell.sent(() -> Crud.limitOffset(posts));
        assertThat(titles(page.getContent())).containsExactly("Compilers", "Draft notes");
        assertThat(page.getTotalElements()).isEqualTo(4);
    }

    @Topic("count")
    void count(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.countByPublishedTrue())).isEqualTo(2);
    }

    @Topic("and-or")
    void andOr(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findPublishedPopular(100, 50))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findByTitleContainingIgnoreCase("sql")))).containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findByViewsBetweenAndLikesGreaterThan(10, 100, 5))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> Crud.in(posts)))).containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.findAuthorNames())).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(Cell cell) throws Exception {
        assertThat(cell.sent(() -> authors.existsByEmail("ada@example.com"))).isTrue();
        assertThat(authors.existsByEmail("nobody@example.com")).isFalse();
    }

    @Topic("compare-fields")
    void compareFields(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findLikedMoreThanViewed()))).containsExactly("ORMs in practice");
    }

    @Topic("fetch-related")
    void fetchRelated(Cell cell) throws Exception {
        List<Post> found = cell.sent(() -> posts.findWithAuthorByOrderById());
        // read outside any transaction: only a fetched author is readable here
        assertThat(found).extracting(post -> post.getAuthor().getName())
                .containsExactly("Ada Lovelace", "Ada Lovelace", "Grace Hopper", "Grace Hopper");
    }

    @Topic("filter-by-related")
    void filterByRelated(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findByAuthorEmail("ada@example.com"))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(Cell cell) throws Exception {
        List<TitleAndAuthor> rows = cell.sent(() -> posts.findTitlesAndAuthors());
        assertThat(rows).extracting(TitleAndAuthor::getTitle, TitleAndAuthor::getAuthor)
                .containsExactly(tuple("Hello SQL", "Ada Lovelace"), tuple("ORMs in practice", "Ada Lovelace"),
                        tuple("Compilers", "Grace Hopper"), tuple("Draft notes", "Grace Hopper"));
    }

    @Topic("left-join")
    void leftJoin(Cell cell) throws Exception {
        List<TitleAndAuthor> rows = cell.sent(() -> posts.findAuthorsWithTitles());
        assertThat(rows).hasSize(5).last().extracting(TitleAndAuthor::getTitle, TitleAndAuthor::getAuthor)
                .containsExactly(null, "Alan Turing");
    }

    @Topic("nested-relations")
    void nestedRelations(Cell cell) throws Exception {
        List<Author> found = cell.sent(() -> authors.findAllByOrderById());
        assertThat(found).extracting(Author::getName).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(found.get(0).getPosts()).filteredOn(post -> post.getTitle().equals("ORMs in practice"))
                .singleElement().extracting(post -> post.getTags().stream().map(Tag::getName).sorted().toList())
                .isEqualTo(List.of("java", "orm"));
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.findViewsPerAuthor())).extracting(AuthorTotal::getName, AuthorTotal::getTotal)
                .containsExactly(tuple("Ada Lovelace", 150L), tuple("Grace Hopper", 10L));
    }

    @Topic("count-related")
    void countRelated(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.findPostCountPerAuthor())).extracting(AuthorTotal::getTotal)
                .containsExactly(2L, 2L, 0L);
    }

    @Topic("sum")
    void sum(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.sumViews())).isEqualTo(160);
    }

    @Topic("avg")
    void avg(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.averageViewsOfPublished())).isEqualTo(75.0);
    }

    @Topic("min-max")
    void minMax(Cell cell) throws Exception {
        PostRepository.Range range = cell.sent(() -> posts.viewsRange());
        assertThat(List.of(range.getMin(), range.getMax())).containsExactly(0, 100);
    }

    @Topic("group-by")
    void groupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.countByPublished()))
                .extracting(PublishedCount::getPublished, PublishedCount::getPosts)
                .containsExactly(tuple(false, 2L), tuple(true, 2L));
    }

    @Topic("having")
    void having(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.findAuthorsWithViewsAbove(100))).containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findAboveAverageViews())))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("execute-raw")
    void executeRaw(Cell cell, CatalogDatabase database) throws Exception {
        assertThat(cell.sent(() -> posts.resetViewsOfDrafts())).isEqualTo(2);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findByAuthorWithViewsAbove(1, 20))))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("raw-returning-models")
    void rawReturningModels(Cell cell) throws Exception {
        assertThat(titles(cell.sent(() -> posts.findPublishedNatively()))).containsExactly("Hello SQL", "ORMs in practice");
    }

    @Topic("window-functions")
    void windowFunctions(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.rankWithinAuthor())).extracting(PostRepository.Ranked::getRank)
                .containsExactly(1L, 2L, 1L, 2L);
    }

    @Topic("cte")
    void cte(Cell cell) throws Exception {
        assertThat(cell.sent(() -> posts.findTotalsWithCte())).extracting(AuthorTotal::getName, AuthorTotal::getTotal)
                .containsExactly(tuple("Ada Lovelace", 150L), tuple("Grace Hopper", 10L));
    }

    @Topic("database-views")
    void databaseViews(Cell cell) throws Exception {
        assertThat(cell.sent(() -> stats.findAllByOrderByPostCountDescNameAsc()))
                .extracting(AuthorStats::getName, AuthorStats::getPostCount)
                .containsExactly(tuple("Ada Lovelace", 2L), tuple("Grace Hopper", 2L), tuple("Alan Turing", 0L));
    }
}
