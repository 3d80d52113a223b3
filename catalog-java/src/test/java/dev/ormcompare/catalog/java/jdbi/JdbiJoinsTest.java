package dev.ormcompare.catalog.java.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jdbi.Aggregation.Group;
import dev.ormcompare.catalog.java.jdbi.Aggregation.Range;
import dev.ormcompare.catalog.java.jdbi.Joins.AuthorPostTags;
import dev.ormcompare.catalog.java.jdbi.Joins.NameTotal;
import dev.ormcompare.catalog.java.jdbi.Joins.Pair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Joins and aggregates. */
class JdbiJoinsTest extends JdbiCells {

    private static final List<Pair> POSTS_AND_AUTHORS = List.of(new Pair("Hello SQL", "Ada Lovelace"),
            new Pair("ORMs in practice", "Ada Lovelace"), new Pair("Compilers", "Grace Hopper"),
            new Pair("Draft notes", "Grace Hopper"));

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("fetch-related")
    void fetchRelated(Cell cell) throws Exception {
        List<Pair> rows = cell.sent(() -> withHandle(Joins::fetchRelated));
        assertThat(rows).isEqualTo(POSTS_AND_AUTHORS);
    }

    @Topic("filter-by-related")
    void filterByRelated(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> withHandle(Joins::filterByRelated));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(Cell cell) throws Exception {
        List<Pair> rows = cell.sent(() -> withHandle(Joins::innerJoin));
        assertThat(rows).isEqualTo(POSTS_AND_AUTHORS);
    }

    @Topic("left-join")
    void leftJoin(Cell cell) throws Exception {
        List<Pair> rows = cell.sent(() -> withHandle(Joins::leftJoin));
        assertThat(rows).hasSize(5).last().isEqualTo(new Pair(null, "Alan Turing"));
    }

    @Topic("nested-relations")
    void nestedRelations(Cell cell) throws Exception {
        List<AuthorPostTags> authors = cell.sent(() -> withHandle(Joins::nestedRelations));
        assertThat(authors).extracting(AuthorPostTags::name)
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(authors.get(0).posts())
                .isEqualTo(Map.of("Hello SQL", List.of("sql"), "ORMs in practice", List.of("java", "orm")));
        assertThat(authors.get(2).posts()).isEmpty();
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(Cell cell) throws Exception {
        List<NameTotal> totals = cell.sent(() -> withHandle(Joins::aggregateGroupBy));
        assertThat(totals).containsExactly(new NameTotal("Ada Lovelace", 150), new NameTotal("Grace Hopper", 10));
    }

    @Topic("count-related")
    void countRelated(Cell cell) throws Exception {
        List<NameTotal> counts = cell.sent(() -> withHandle(Joins::countRelated));
        assertThat(counts).containsExactly(new NameTotal("Ada Lovelace", 2), new NameTotal("Grace Hopper", 2),
                new NameTotal("Alan Turing", 0));
    }

    @Topic("sum")
    void sum(Cell cell) throws Exception {
        long sum = cell.sent(() -> withHandle(Aggregation::sum));
        assertThat(sum).isEqualTo(160);
    }

    @Topic("avg")
    void avg(Cell cell) throws Exception {
        double average = cell.sent(() -> withHandle(Aggregation::avg));
        assertThat(average).isEqualTo(75.0);
    }

    @Topic("min-max")
    void minMax(Cell cell) throws Exception {
        Range range = cell.sent(() -> withHandle(Aggregation::minMax));
        assertThat(range).isEqualTo(new Range(0, 100));
    }

    @Topic("group-by")
    void groupBy(Cell cell) throws Exception {
        List<Group> groups = cell.sent(() -> withHandle(Aggregation::groupBy));
        assertThat(groups).containsExactly(new Group(false, 2), new Group(true, 2));
    }

    @Topic("having")
    void having(Cell cell) throws Exception {
        List<String> names = cell.sent(() -> withHandle(Aggregation::having));
        assertThat(names).containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> withHandle(Aggregation::subquery));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }
}
