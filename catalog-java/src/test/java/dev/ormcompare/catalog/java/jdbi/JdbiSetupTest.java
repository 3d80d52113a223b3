package dev.ormcompare.catalog.java.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jdbi.Joins.AuthorPosts;
import dev.ormcompare.catalog.java.jdbi.Joins.Pair;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Setup and relations: the records rows map to, and the joins that stand for relations. */
class JdbiSetupTest extends JdbiCells {

    @Topic("connect")
    void connect(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        Jdbi connected = Connect.connect(database.dataSource());
        Author author = connected.withHandle(handle -> handle.createQuery("SELECT * FROM authors")
                .mapTo(Author.class).one());
        assertThat(author).isEqualTo(new Author(1, "Ada Lovelace", "ada@example.com"));
    }

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

        Optional<Author> author = withHandle(handle -> Crud.fetchByPk(handle, 1));
        assertThat(author).contains(new Author(1, "Ada Lovelace", "ada@example.com"));
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(withHandle(Advanced::rawReturningModels)).first().isEqualTo(new Post(1, 1, 2L, "Hello SQL", null,
                100, 10, new BigDecimal("4.5"), true, LocalDate.of(2024, 1, 10)));
    }

    @Topic("one-to-many")
    void oneToMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<AuthorPosts> authors = cell.sent(() -> withHandle(Joins::oneToMany));

        assertThat(authors).containsExactly(new AuthorPosts("Ada Lovelace", List.of("Hello SQL", "ORMs in practice")),
                new AuthorPosts("Grace Hopper", List.of("Compilers", "Draft notes")),
                new AuthorPosts("Alan Turing", List.of()));
    }

    @Topic("many-to-many")
    void manyToMany(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<String> tags = cell.sent(() -> withHandle(handle -> Joins.manyToMany(handle, 2)));

        assertThat(tags).containsExactly("java", "orm");
    }

    @Topic("one-to-one")
    void oneToOne(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Pair> authors = cell.sent(() -> withHandle(Joins::oneToOne));

        assertThat(authors).containsExactly(new Pair("Ada Lovelace", "Mathematician"), new Pair("Grace Hopper", null),
                new Pair("Alan Turing", null));
    }

    @Topic("self-referential")
    void selfReferential(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Pair> categories = cell.sent(() -> withHandle(Joins::selfReferential));

        assertThat(categories).containsExactly(new Pair("Databases", null), new Pair("SQL", "Databases"),
                new Pair("ORMs", "Databases"));
    }
}
