package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ORM names in any script: Unicode letters and digits tell names apart, after normalising and case folding. */
class NonAsciiNamesTest {

    private static final String CATALOG = """
            [orm,id=django-ru,name="Джанго"]
            [orm,id=prisma-ru,name="Призма",aliases="призма-орм"]
            [orm,id=django-he,name="ג'נגו"]
            [orm,id=django-ja,name="ジャンゴ"]
            [orm,id=cafe,name="Café ORM"]
            [orm,id=strasse,name="Straße"]
            [topic,id=apply,title="Apply Migration"]
            [snippet,topic=apply,orm=django-ru]
            ----
            django
            ----
            [snippet,topic=apply,orm=prisma-ru]
            ----
            prisma
            ----
            """;

    private static Catalog parse(String text) throws CatalogException {
        Catalog.Builder builder = Catalog.builder();
        CatalogParser.parse("team.adoc", text, builder);
        return builder.build();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Призма        | prisma-ru
            ПРИЗМА        | prisma-ru
            призма орм    | prisma-ru
            Джанго        | django-ru
            ג'נגו         | django-he
            ジャンゴ       | django-ja
            CAFÉ-orm      | cafe
            STRASSE       | strasse
            """)
    void nameFindsItsOwnOrm(String typed, String id) throws CatalogException {
        assertThat(parse(CATALOG).findOrm(typed)).map(Orm::id).contains(id);
    }

    @Test
    void composedAndDecomposedAccentsAreOneName() throws CatalogException {
        assertThat(parse(CATALOG).findOrm("Cafe\u0301 ORM")).map(Orm::id).contains("cafe");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"✓", "🐍", "--", "Прізма"})
    void nameOfNoOrmIsUnknown(String typed) throws CatalogException {
        Catalog catalog = parse(CATALOG);

        assertThat(catalog.findOrm(typed)).isEmpty();
        assertThatThrownBy(() -> catalog.requireOrm(typed)).isInstanceOf(ComparisonException.class)
                .hasMessageStartingWith("unknown ORM '" + typed + "'");
    }

    @Test
    void twoNonAsciiNamesAreTwoOrms() throws Exception {
        Comparison comparison = new ComparisonRequest("apply", Optional.of(List.of("Призма", "Джанго")), "")
                .resolve(parse(CATALOG));

        assertThat(comparison.entries()).extracting(entry -> entry.orm().id()).containsExactly("prisma-ru", "django-ru");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [orm,id=check,name="✓"]                 | the name '✓' has no letter or digit, so no macro could name this ORM; give it a name with letters or digits
            [orm,id=snake,name=Snake,aliases="🐍"]  | the alias '🐍' has no letter or digit, so no macro could name this ORM by it; give it letters or digits, or leave it out
            [orm,id=dash,name="- -"]                | the name '- -' has no letter or digit, so no macro could name this ORM; give it a name with letters or digits
            """)
    void nameWithoutLettersOrDigitsIsAnErrorAtItsLine(String line, String problem) {
        CatalogException mistake = (CatalogException) assertThatThrownBy(() -> parse("// ORMs\n" + line + "\n"))
                .isInstanceOf(CatalogException.class).actual();

        assertThat(mistake.line()).isEqualTo(2);
        assertThat(mistake.problem()).isEqualTo(problem);
    }
}
