package dev.ormcompare.catalog.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.util.List;
import java.util.Map;

class MyBatisCrudTest extends MyBatisCells {

    @Topic("insert-one")
    void insertOne(Cell cell, CatalogDatabase database) throws Exception {
        Author author = new Author("Ada Lovelace", "ada@example.com");

        cell.sent(() -> authors(mapper -> mapper.insert(author)));

        assertThat(database.rows("SELECT id, name, email FROM authors"))
                .containsExactly(Map.of("id", author.getId(), "name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("insert-many")
    void insertMany(Cell cell, CatalogDatabase database) throws Exception {
        List<Author> list = List.of(new Author("Ada Lovelace", "ada@example.com"),
                new Author("Grace Hopper", "grace@example.com"), new Author("Alan Turing", "alan@example.com"));

        int inserted = cell.sent(() -> authors(mapper -> mapper.insertAll(list)));
        assertThat(inserted).isEqualTo(3);

        assertThat(database.rows("SELECT name FROM authors ORDER BY id")).extracting(row -> row.get("name"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
    }

    @Topic("fetch-by-pk")
    void fetchByPk(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> authors(mapper -> mapper.findById(2))).getName()).isEqualTo("Grace Hopper");
    }

    @Topic("fetch-first-match")
    void fetchFirstMatch(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::findMostViewedPublished)).getTitle()).isEqualTo("Hello SQL");
    }

    @Topic("update-one")
    void updateOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> authors(mapper -> mapper.rename(1, "Ada King")));

        assertThat(database.value("SELECT name FROM authors WHERE id = 1")).isEqualTo("Ada King");
        assertThat(database.value("SELECT name FROM authors WHERE id = 2")).isEqualTo("Grace Hopper");
    }

    @Topic("update-many")
    void updateMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("UPDATE posts SET published = FALSE");

        int updated = cell.sent(() -> posts(mapper -> mapper.publishWithViewsAtLeast(50)));
        assertThat(updated).isEqualTo(2);
        assertThat(database.rows("SELECT id FROM posts WHERE published ORDER BY id"))
                .extracting(row -> row.get("id")).containsExactly(1L, 2L);
    }

    @Topic("upsert")
    void upsert(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> authors(mapper -> mapper.upsert(new Author("Ada King", "ada@example.com"))));

        assertThat(database.count("authors")).isEqualTo(3);
        assertThat(database.value("SELECT name FROM authors WHERE email = 'ada@example.com'")).isEqualTo("Ada King");
    }

    @Topic("delete-one")
    void deleteOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> posts(mapper -> mapper.deleteById(4)));

        assertThat(database.rows("SELECT id FROM posts ORDER BY id")).extracting(row -> row.get("id"))
                .containsExactly(1L, 2L, 3L);
    }

    @Topic("delete-many")
    void deleteMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("DELETE FROM post_tags");

        int deleted = cell.sent(() -> posts(mapper -> mapper.deleteUnpublishedBelow(20)));
        assertThat(deleted).isEqualTo(2);
        assertThat(database.count("posts")).isEqualTo(2);
    }

    @Topic("atomic-increment")
    void atomicIncrement(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        cell.sent(() -> posts(mapper -> mapper.incrementViews(1)));

        assertThat(database.value("SELECT views FROM posts WHERE id = 1")).isEqualTo(101);
    }
}
