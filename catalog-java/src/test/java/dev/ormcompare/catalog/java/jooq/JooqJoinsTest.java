package dev.ormcompare.catalog.java.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jooq.Joins.Author;
import dev.ormcompare.catalog.java.jooq.Joins.AuthorPosts;
import dev.ormcompare.catalog.java.jooq.Joins.PostTags;
import dev.ormcompare.catalog.java.jooq.Joins.PostWithAuthor;
import java.util.List;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;

class JooqJoinsTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("fetch-related")
    void fetchRelated(Cell cell) throws Exception {
        Author ada = new Author("Ada Lovelace", "ada@example.com");
        Author grace = new Author("Grace Hopper", "grace@example.com");
        assertThat(cell.sent(() -> Joins.fetchRelated(ctx))).containsExactly(new PostWithAuthor("Hello SQL", ada),
                new PostWithAuthor("ORMs in practice", ada), new PostWithAuthor("Compilers", grace),
                new PostWithAuthor("Draft notes", grace));
    }

    @Topic("filter-by-related")
    void filterByRelated(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Joins.filterByRelated(ctx)))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Joins.innerJoin(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Hello SQL", "Ada Lovelace"), tuple("ORMs in practice", "Ada Lovelace"),
                        tuple("Compilers", "Grace Hopper"), tuple("Draft notes", "Grace Hopper"));
    }

    @Topic("left-join")
    void leftJoin(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Joins.leftJoin(ctx))).hasSize(5).last()
                .extracting(Record2::value1, Record2::value2).containsExactly(null, "Alan Turing");
    }

    @Topic("nested-relations")
    void nestedRelations(Cell cell) throws Exception {
        List<AuthorPosts> authors = cell.sent(() -> Joins.nestedRelations(ctx));
        assertThat(authors).extracting(AuthorPosts::name).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(authors.get(0).posts()).containsExactly(new PostTags("Hello SQL", List.of("sql")),
                new PostTags("ORMs in practice", List.of("java", "orm")));
        assertThat(authors.get(2).posts()).isEmpty();
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Joins.aggregateGroupBy(ctx))).extracting(Record2::value1, row -> row.value2().intValue())
                .containsExactly(tuple("Ada Lovelace", 150), tuple("Grace Hopper", 10));
    }

    @Topic("count-related")
    void countRelated(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Joins.countRelated(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Ada Lovelace", 2), tuple("Grace Hopper", 2), tuple("Alan Turing", 0));
    }
}
