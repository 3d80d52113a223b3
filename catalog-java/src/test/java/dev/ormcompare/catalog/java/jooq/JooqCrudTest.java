package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.util.Map;

class JooqCrudTest extends JooqCells {

    @Topic("insert-one")
    void insertOne(Cell cell, CatalogDatabase database) throws Exception {
        long id = cell.sent(() -> Crud.insertOne(ctx));

        assertThat(database.rows("SELECT id, name, email FROM authors"))
                .containsExactly(Map.of("id", id, "name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("insert-many")
    void insertMany(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Crud.insertMany(ctx));

        assertThat(database.rows("SELECT name FROM authors ORDER BY id")).extracting(row -> row.get("name"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
    }

    @Topic("fetch-by-pk")
    void fetchByPk(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> Crud.fetchByPk(ctx, 2)).get(AUTHOR_NAME)).isEqualTo("Grace Hopper");
    }

    @Topic("fetch-first-match")
    void fetchFirstMatch(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> Crud.fetchFirstMatch(ctx)).get(POST_TITLE)).isEqualTo("Hello SQL");
    }

    @Topic("update-one")
    void updateOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> Crud.updateOne(ctx, 1));

        assertThat(database.value("SELECT name FROM authors WHERE id = 1")).isEqualTo("Ada King");
        assertThat(database.value("SELECT name FROM authors WHERE id = 2")).isEqualTo("Grace Hopper");
    }

    @Topic("update-many")
    void updateMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("UPDATE posts SET published = FALSE");

        assertThat(cell.sent(() -> Crud.updateMany(ctx))).isEqualTo(2);
        assertThat(database.rows("SELECT id FROM posts WHERE published ORDER BY id"))
                .extracting(row -> row.get("id")).containsExactly(1L, 2L);
    }

    @Topic("upsert")
    void upsert(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> Crud.upsert(ctx));

        assertThat(database.count("authors")).isEqualTo(3);
        assertThat(database.value("SELECT name FROM authors WHERE email = 'ada@example.com'")).isEqualTo("Ada King");
    }

    @Topic("delete-one")
    void deleteOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> Crud.deleteOne(ctx, 4));

        assertThat(database.rows("SELECT id FROM posts ORDER BY id")).extracting(row -> row.get("id"))
                .containsExactly(1L, 2L, 3L);
    }

    @Topic("delete-many")
    void deleteMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("DELETE FROM post_tags");

        assertThat(cell.sent(() -> Crud.deleteMany(ctx))).isEqualTo(2);
        assertThat(database.count("posts")).isEqualTo(2);
    }

    @Topic("atomic-increment")
    void atomicIncrement(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> Crud.atomicIncrement(ctx, 1));

        assertThat(database.value("SELECT views FROM posts WHERE id = 1")).isEqualTo(101);
    }
}
