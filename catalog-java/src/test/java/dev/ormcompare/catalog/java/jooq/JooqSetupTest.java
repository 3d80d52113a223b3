package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.select;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.exception.DataAccessException;

/** The declarations in {@link Blog} send nothing: each test writes or reads through them. */
class JooqSetupTest extends JooqCells {

    @Topic("connect")
    void connect(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        assertThat(Connect.connect(database.dataSource()).fetchValue(select(AUTHOR_NAME).from(AUTHORS)))
                .isEqualTo("Ada Lovelace");
    }

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        ctx.insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL).values("Ada Lovelace", "ada@example.com").execute();

        assertThat(database.rows("SELECT name, email FROM authors"))
                .containsExactly(Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        ctx.insertInto(POSTS).set(POST_AUTHOR_ID, 1L).set(POST_TITLE, "Hello SQL").set(POST_BODY, "A first post.")
                .set(POST_VIEWS, 7).set(POST_RATING, new BigDecimal("4.5")).set(POST_PUBLISHED, true)
                .set(POST_PUBLISHED_ON, LocalDate.of(2024, 1, 10)).execute();

        assertThat(database.rows("SELECT title, body, views, rating, published, published_on FROM posts"))
                .containsExactly(Map.of("title", "Hello SQL", "body", "A first post.", "views", 7,
                        "rating", new BigDecimal("4.5"), "published", true, "published_on", Date.valueOf("2024-01-10")));
        assertThat(ctx.fetchValue(select(POST_PUBLISHED_ON).from(POSTS))).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Topic("nullable-defaults")
    void nullableDefaults(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        ctx.insertInto(POSTS, POST_AUTHOR_ID, POST_TITLE).values(1L, "Hello SQL").execute();
        assertThat(database.rows("SELECT body, likes FROM posts")).singleElement()
                .satisfies(row -> assertThat(row.get("body")).isNull())
                .satisfies(row -> assertThat(row.get("likes")).isEqualTo(0));
        assertThat(POST_TITLE.getDataType().nullable()).isFalse();
        assertThat(POST_LIKES.getDataType().defaulted()).isTrue();
        assertThatThrownBy(() -> ctx.insertInto(POSTS, POST_AUTHOR_ID, POST_TITLE).values(1L, null).execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Topic("sync-schema")
    void syncSchema(Cell cell, CatalogDatabase database) throws Exception {
        database.execute("DROP ALL OBJECTS");

        cell.sent(() -> Connect.syncSchema(ctx));

        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        assertThat(database.value("SELECT id FROM authors")).isEqualTo(1L);
        assertThatThrownBy(() -> database.execute(
                "INSERT INTO authors (name, email) VALUES ('Ada Impostor', 'ada@example.com')"))
                .hasMessageContaining("Unique");
    }
}
