package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page names ORMs of a team catalog in any script, and gets those ORMs and no other. */
class NonAsciiOrmNamesTest extends RealAsciidoctorTest {

    @BeforeAll
    static void writeCatalog() {
        conversion.write("catalog/team.adoc", """
                [orm,id=django-ru,name="Джанго",language=python]
                [orm,id=prisma-ru,name="Призма",language=console]
                [snippet,topic=apply,orm=django-ru]
                ----
                manage.py migrate
                ----
                [snippet,topic=apply,orm=prisma-ru]
                ----
                prisma migrate deploy
                ----
                """);
    }

    private static Document convert(String macro) {
        return Jsoup.parse(conversion.convert("guide.adoc", ":ormcompare-catalog: catalog\n\nText.\n\n" + macro + "\n",
                "html5", false, Map.of()));
    }

    @Test
    void oneNonAsciiNameShowsThatOrm() {
        Document html = convert("ormcompare::apply[orms=\"Призма\"]");

        assertThat(conversion.records()).isEmpty();
        assertThat(html.select("[role=tab]").eachText()).containsExactly("Призма");
        assertThat(html.selectFirst("pre code").wholeText()).isEqualTo("prisma migrate deploy");
    }

    @Test
    void twoNonAsciiNamesShowTwoOrms() {
        Document html = convert("ormcompare::apply[orms=\"Призма,джанго\"]");

        assertThat(conversion.records()).isEmpty();
        assertThat(html.select("[role=tab]").eachText()).containsExactly("Призма", "Джанго");
    }

    @Test
    void symbolIsAnUnknownOrmAtTheMacroLine() {
        Document html = convert("ormcompare::apply[orms=\"✓\"]");

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).startsWith("unknown ORM '✓'. Known ORMs: sql, django, ")
                    .endsWith(", jdbi, django-ru and 1 more (mvn ormcompare:catalog or an ormmatrix::[] block lists them all).");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(5);
        });
        assertThat(html.select("[role=tab]")).isEmpty();
    }
}
