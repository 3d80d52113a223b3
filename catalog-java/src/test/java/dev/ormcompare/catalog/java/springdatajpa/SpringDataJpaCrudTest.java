package dev.ormcompare.catalog.java.springdatajpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.hibernate.Author;
import dev.ormcompare.catalog.java.hibernate.Category;
import dev.ormcompare.catalog.java.hibernate.Post;
import dev.ormcompare.catalog.java.hibernate.Profile;
import dev.ormcompare.catalog.java.hibernate.Tag;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

/** Setup, relations, CRUD and transactions through the repositories. */
class SpringDataJpaCrudTest extends SpringDataJpaCells {

    @Topic("connect")
    void connect(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(authors.count()).isEqualTo(3);
    }

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        authors.save(new Author("Ada Lovelace", "ada@example.com"));
        assertThat(database.rows("SELECT name, email FROM authors"))
                .containsExactly(Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        Author author = authors.save(new Author("Ada Lovelace", "ada@example.com"));
        Post post = new Post(author, "Hello SQL");
        post.setRating(new java.math.BigDecimal("4.5"));
        post.setPublishedOn(java.time.LocalDate.of(2024, 1, 10));
        posts.save(post);
        assertThat(database.rows("SELECT rating, published_on FROM posts")).containsExactly(Map.of(
                "rating", new java.math.BigDecimal("4.5"), "published_on", java.sql.Date.valueOf("2024-01-10")));
    }

    @Topic("nullable-defaults")
    void nullableDefaults(CatalogDatabase database) throws Exception {
        Author author = authors.save(new Author("Ada Lovelace", "ada@example.com"));
        posts.save(new Post(author, "Hello SQL"));
        assertThat(database.value("SELECT COUNT(*) FROM posts WHERE body IS NULL AND likes = 0")).isEqualTo(1L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> posts.save(new Post(author, null)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /** Runs reads in one transaction, so lazy associations load as a service method would see them. */
    private static <T> T read(java.util.function.Function<EntityManager, T> reader) {
        return transactions.execute(status -> reader.apply(EntityManagerFactoryUtils.getTransactionalEntityManager(
                context.getBean(jakarta.persistence.EntityManagerFactory.class))));
    }

    @Topic("one-to-many")
    void oneToMany(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        List<String> titles = read(em -> authors.findById(1L).orElseThrow().getPosts().stream()
                .map(Post::getTitle).sorted().toList());
        assertThat(titles).containsExactly("Hello SQL", "ORMs in practice");
    }

    @Topic("many-to-many")
    void manyToMany(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        List<String> tags = read(em -> posts.findById(2L).orElseThrow().getTags().stream()
                .map(Tag::getName).sorted().toList());
        assertThat(tags).containsExactly("java", "orm");
    }

    @Topic("one-to-one")
    void oneToOne(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        String author = read(em -> em.find(Profile.class, 1L).getAuthor().getName());
        assertThat(author).isEqualTo("Ada Lovelace");
    }

    @Topic("self-referential")
    void selfReferential(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        List<String> children = read(em -> em.find(Category.class, 1L).getChildren().stream()
                .map(Category::getName).sorted().toList());
        assertThat(children).containsExactly("ORMs", "SQL");
    }

    @Topic("insert-one")
    void insertOne(Cell cell, CatalogDatabase database) throws Exception {
        Author author = cell.sent(() -> Crud.insertOne(authors));
        assertThat(database.rows("SELECT id, name FROM authors"))
                .containsExactly(Map.of("id", author.getId(), "name", "Ada Lovelace"));
    }

    @Topic("insert-many")
    void insertMany(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Crud.insertMany(authors));
        assertThat(database.count("authors")).isEqualTo(3);
    }

    @Topic("fetch-by-pk")
    void fetchByPk(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(cell.sent(() -> Crud.fetchByPk(authors, 2))).get().extracting(Author::getName)
                .isEqualTo("Grace Hopper");
    }

    @Topic("fetch-first-match")
    void fetchFirstMatch(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(cell.sent(() -> posts.findFirstByPublishedTrueOrderByViewsDesc())).get()
                .extracting(Post::getTitle).isEqualTo("Hello SQL");
    }

    @Topic("update-one")
    void updateOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        cell.sent(() -> Crud.updateOne(authors, 1));
        assertThat(database.value("SELECT name FROM authors WHERE id = 1")).isEqualTo("Ada King");
    }

    @Topic("update-many")
    void updateMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("UPDATE posts SET published = FALSE");
        assertThat(cell.sent(() -> posts.publishViewedAtLeast(50))).isEqualTo(2);
        assertThat(database.value("SELECT COUNT(*) FROM posts WHERE published")).isEqualTo(2L);
    }

    @Topic("upsert")
    void upsert(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        cell.sent(() -> authors.upsertByEmail("Ada King", "ada@example.com"));
        assertThat(database.count("authors")).isEqualTo(3);
        assertThat(database.value("SELECT name FROM authors WHERE email = 'ada@example.com'")).isEqualTo("Ada King");
    }

    @Topic("delete-one")
    void deleteOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        cell.sent(() -> Crud.deleteOne(posts, 4));
        assertThat(database.count("posts")).isEqualTo(3);
    }

    @Topic("delete-many")
    void deleteMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(cell.sent(() -> posts.deleteByPublishedFalseAndViewsLessThan(20))).isEqualTo(2);
        assertThat(database.count("posts")).isEqualTo(2);
    }

    @Topic("atomic-increment")
    void atomicIncrement(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        cell.sent(() -> posts.incrementViews(1));
        assertThat(database.value("SELECT views FROM posts WHERE id = 1")).isEqualTo(101);
    }

    @Topic("basic")
    void basic(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.basic(transactions, authors, posts));
        assertThat(database.value("SELECT title FROM posts WHERE author_id = 1")).isEqualTo("Hello SQL");
    }

    @Topic("transactions/rollback")
    void rollback(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.rollback(transactions, authors));
        assertThat(database.count("authors")).isZero();
    }
}
