package dev.ormcompare.catalog.java.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.util.Map;
import java.util.Optional;

class JdbiCrudTest extends JdbiCells {

    @Topic("insert-one")
    void insertOne(Cell cell, CatalogDatabase database) throws Exception {
        long id = cell.sent(() -> withHandle(Crud::insertOne));

        assertThat(database.rows("SELECT id, name, email FROM authors"))
                .containsExactly(Map.of("id", id, "name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("insert-many")
    void insertMany(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> useHandle(Crud::insertMany));

        assertThat(database.rows("SELECT name FROM authors ORDER BY id")).extracting(row -> row.get("name"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
    }

    @Topic("fetch-by-pk")
    void fetchByPk(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        Optional<Author> author = cell.sent(() -> withHandle(handle -> Crud.fetchByPk(handle, 2)));

        assertThat(author).map(Author::name).contains("Grace Hopper");
    }

    @Topic("fetch-first-match")
    void fetchFirstMatch(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        Optional<Post> post = cell.sent(() -> withHandle(Crud::fetchFirstMatch));

        assertThat(post).map(Post::title).contains("Hello SQL");
    }

    @Topic("update-one")
    void updateOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> useHandle(handle -> Crud.updateOne(handle, 1)));

        assertThat(database.value("SELECT name FROM authors WHERE id = 1")).isEqualTo("Ada King");
        assertThat(database.value("SELECT name FROM authors WHERE id = 2")).isEqualTo("Grace Hopper");
    }

    @Topic("update-many")
    void updateMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("UPDATE posts SET published = FALSE");

        int updated = cell.sent(() -> withHandle(Crud::updateMany));

        assertThat(updated).isEqualTo(2);
        assertThat(database.rows("SELECT id FROM posts WHERE published ORDER BY id"))
                .extracting(row -> row.get("id")).containsExactly(1L, 2L);
    }

    @Topic("upsert")
    void upsert(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> useHandle(Crud::upsert));

        assertThat(database.count("authors")).isEqualTo(3);
        assertThat(database.value("SELECT name FROM authors WHERE email = 'ada@example.com'")).isEqualTo("Ada King");
    }

    @Topic("delete-one")
    void deleteOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> useHandle(handle -> Crud.deleteOne(handle, 4)));

        assertThat(database.rows("SELECT id FROM posts ORDER BY id")).extracting(row -> row.get("id"))
                .containsExactly(1L, 2L, 3L);
    }

    @Topic("delete-many")
    void deleteMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("DELETE FROM post_tags");

        int deleted = cell.sent(() -> withHandle(Crud::deleteMany));

        assertThat(deleted).isEqualTo(2);
        assertThat(database.count("posts")).isEqualTo(2);
    }

    @Topic("atomic-increment")
    void atomicIncrement(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> useHandle(handle -> Crud.atomicIncrement(handle, 1)));

        assertThat(database.value("SELECT views FROM posts WHERE id = 1")).isEqualTo(101);
    }
}
