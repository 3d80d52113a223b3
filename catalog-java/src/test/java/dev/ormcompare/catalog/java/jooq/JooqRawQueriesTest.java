package dev.ormcompare.catalog.java.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jooq.RawQueries.Post;
import org.junit.jupiter.api.BeforeEach;

class JooqRawQueriesTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("execute-raw")
    void executeRaw(Cell cell, CatalogDatabase database) throws Exception {
        assertThat(cell.sent(() -> RawQueries.executeRaw(ctx))).isEqualTo(2);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(Cell cell) throws Exception {
        assertThat(cell.sent(() -> RawQueries.parameterized(ctx)))
                .extracting(row -> row.get("title"), row -> row.get("views"))
                .containsExactlyInAnyOrder(tuple("Hello SQL", 100), tuple("ORMs in practice", 50));
    }

    @Topic("raw-returning-models")
    void rawReturningModels(Cell cell) throws Exception {
        assertThat(cell.sent(() -> RawQueries.rawReturningModels(ctx)))
                .containsExactly(new Post(1, "Hello SQL", 100), new Post(2, "ORMs in practice", 50));
    }
}
