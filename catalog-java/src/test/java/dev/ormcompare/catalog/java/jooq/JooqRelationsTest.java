package dev.ormcompare.catalog.java.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jooq.Relations.AuthorPosts;
import java.util.List;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;

class JooqRelationsTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("one-to-many")
    void oneToMany(Cell cell) throws Exception {
        List<AuthorPosts> authors = cell.sent(() -> Relations.oneToMany(ctx));
        assertThat(authors).containsExactly(new AuthorPosts("Ada Lovelace", List.of("Hello SQL", "ORMs in practice")),
                new AuthorPosts("Grace Hopper", List.of("Compilers", "Draft notes")),
                new AuthorPosts("Alan Turing", List.of()));
    }

    @Topic("many-to-many")
    void manyToMany(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Relations.manyToMany(ctx, 2))).containsExactly("java", "orm");
    }

    @Topic("one-to-one")
    void oneToOne(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Relations.oneToOne(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Ada Lovelace", "Mathematician"), tuple("Grace Hopper", null),
                        tuple("Alan Turing", null));
    }

    @Topic("self-referential")
    void selfReferential(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Relations.selfReferential(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Databases", null), tuple("SQL", "Databases"), tuple("ORMs", "Databases"));
    }
}
