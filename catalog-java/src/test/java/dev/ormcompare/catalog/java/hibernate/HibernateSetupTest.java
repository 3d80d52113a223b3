package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

class HibernateSetupTest extends HibernateCells {

    @Topic("connect")
    void connect(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        try (EntityManagerFactory connected = Connect.connect(database.url(), CatalogDatabase.USER, "")) {
            String name = connected.callInTransaction(em -> em.find(Author.class, 1L).getName());
            assertThat(name).isEqualTo("Ada Lovelace");
        }
    }

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        runInTransaction(em -> em.persist(new Author("Ada Lovelace", "ada@example.com")));

        assertThat(database.rows("SELECT name, email FROM authors"))
                .containsExactly(Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        runInTransaction(em -> {
            Post post = new Post(em.find(Author.class, 1L), "Hello SQL");
            post.setBody("A first post.");
            post.setViews(7);
            post.setRating(new BigDecimal("4.5"));
            post.setPublished(true);
            post.setPublishedOn(LocalDate.of(2024, 1, 10));
            em.persist(post);
        });

        assertThat(database.rows("SELECT title, body, views, rating, published, published_on FROM posts"))
                .containsExactly(Map.of("title", "Hello SQL", "body", "A first post.", "views", 7,
                        "rating", new BigDecimal("4.5"), "published", true, "published_on", Date.valueOf("2024-01-10")));
    }

    @Topic("nullable-defaults")
    void nullableDefaults(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        runInTransaction(em -> em.persist(new Post(em.find(Author.class, 1L), "Hello SQL")));
        assertThat(database.rows("SELECT body, likes FROM posts")).singleElement()
                .satisfies(row -> assertThat(row.get("body")).isNull())
                .satisfies(row -> assertThat(row.get("likes")).isEqualTo(0));
        assertThatThrownBy(() -> runInTransaction(em -> em.persist(new Post(em.find(Author.class, 1L), null))))
                .isInstanceOf(PersistenceException.class);
    }

    @Topic("sync-schema")
    void syncSchema(Cell cell, CatalogDatabase database) throws Exception {
        database.execute("DROP ALL OBJECTS");

        cell.sent(() -> Connect.syncSchema(factory));

        assertThat(database.rows("SELECT table_name, table_type FROM information_schema.tables"
                + " WHERE table_schema = 'public' ORDER BY table_name")).extracting(row -> row.get("table_name")
                + " " + row.get("table_type")).containsExactly("author_stats VIEW", "authors BASE TABLE",
                "categories BASE TABLE", "post_tags BASE TABLE", "posts BASE TABLE", "profiles BASE TABLE",
                "tags BASE TABLE");
    }
}
