package dev.ormcompare.catalog.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Setup and relations: the classes a mapper fills, and the result maps that fold joined rows into them. */
class MyBatisSetupTest extends MyBatisCells {

    @Topic("connect")
    void connect(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        SqlSessionFactory connected = Connect.connect(database.dataSource());
        try (SqlSession session = connected.openSession()) {
            assertThat(session.getMapper(AuthorMapper.class).findById(1).getName()).isEqualTo("Ada Lovelace");
        }
    }

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        Author author = authors(mapper -> mapper.findById(1));

        assertThat(author).extracting(Author::getId, Author::getName, Author::getEmail)
                .containsExactly(1L, "Ada Lovelace", "ada@example.com");
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        Post post = posts(mapper -> mapper.findByIds(List.of(1L))).get(0);

        assertThat(post).extracting(Post::getAuthorId, Post::getTitle, Post::getViews, Post::getRating,
                Post::isPublished, Post::getPublishedOn)
                .containsExactly(1L, "Hello SQL", 100, new BigDecimal("4.5"), true, LocalDate.of(2024, 1, 10));
    }

    @Topic("one-to-one")
    void oneToOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Author> authors = cell.sent(() -> authors(AuthorMapper::findAllWithProfile));

        assertThat(authors).extracting(Author::getName, author -> author.getProfile() == null
                ? null : author.getProfile().getBio()).containsExactly(tuple("Ada Lovelace", "Mathematician"),
                tuple("Grace Hopper", null), tuple("Alan Turing", null));
    }

    @Topic("one-to-many")
    void oneToMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Author> authors = cell.sent(() -> authors(AuthorMapper::findAllWithPosts));

        assertThat(authors).extracting(Author::getName,
                author -> author.getPosts().stream().map(Post::getTitle).toList()).containsExactly(
                tuple("Ada Lovelace", List.of("Hello SQL", "ORMs in practice")),
                tuple("Grace Hopper", List.of("Compilers", "Draft notes")), tuple("Alan Turing", List.of()));
    }

    @Topic("many-to-many")
    void manyToMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        Post post = cell.sent(() -> posts(mapper -> mapper.findWithTags(2)));

        assertThat(post.getTitle()).isEqualTo("ORMs in practice");
        assertThat(post.getTags()).containsExactly("java", "orm");
    }

    @Topic("self-referential")
    void selfReferential(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Category> categories = cell.sent(() -> withMapper(CategoryMapper.class, CategoryMapper::findAllWithParent));

        assertThat(categories).extracting(Category::getName, category -> category.getParent() == null
                ? null : category.getParent().getName())
                .containsExactly(tuple("Databases", null), tuple("SQL", "Databases"), tuple("ORMs", "Databases"));
    }
}
