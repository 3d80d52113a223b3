package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.AUTHOR_STATS_NAME;
import static dev.ormcompare.catalog.java.jooq.Blog.AUTHOR_STATS_POST_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;

class JooqAdvancedTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("window-functions")
    void windowFunctions(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Advanced.windowFunctions(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Hello SQL", 1), tuple("ORMs in practice", 2), tuple("Compilers", 1),
                        tuple("Draft notes", 2));
    }

    @Topic("cte")
    void cte(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Advanced.cte(ctx))).extracting(Record2::value1, row -> row.value2().intValue())
                .containsExactly(tuple("Ada Lovelace", 150), tuple("Grace Hopper", 10));
    }

    @Topic("database-views")
    void databaseViews(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Advanced.databaseViews(ctx)))
                .extracting(row -> row.get(AUTHOR_STATS_NAME), row -> row.get(AUTHOR_STATS_POST_COUNT))
                .containsExactly(tuple("Ada Lovelace", 2L), tuple("Grace Hopper", 2L), tuple("Alan Turing", 0L));
    }

    @Topic("introspect")
    void introspect(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Advanced.introspect(ctx)))
                .contains("title: varchar", "views: integer", "published_on: date");
    }
}
