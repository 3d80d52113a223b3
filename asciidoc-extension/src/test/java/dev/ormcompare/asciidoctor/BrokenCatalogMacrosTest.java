package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every macro, and the picker attribute, meets a broken catalog the same way: the mistake is logged
 * once, at the catalog file and line, by whichever meets it first, and every macro takes the same
 * attributes Asciidoctor itself adds.
 */
class BrokenCatalogMacrosTest extends RealAsciidoctorTest {

    private static final String MISTAKE = "unknown key 'nmae'; did you mean 'name'? Known keys of [orm,...]: "
            + "aliases, docs, id, language, name, paradigm, version.";

    /** A catalog directory of its own per conversion, so no test depends on another's catalog. */
    private static int catalogs;

    private static Document convertWithBrokenCatalog(String page) {
        String directory = "broken-" + ++catalogs;
        conversion.write(directory + "/team.adoc", "[orm,id=jooq,name=jOOQ]\n[orm,id=x,nmae=X]\n");
        return Jsoup.parse(conversion.convert("guide.adoc", ":ormcompare-catalog: " + directory + "\n\n" + page,
                "html5", false, Map.of()));
    }

    private static void loggedOnceAtTheCatalogLine() {
        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(record.getMessage()).isEqualTo(MISTAKE);
            assertThat(record.getCursor().getFile()).endsWith("team.adoc");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ormcompare::apply[]", "ormmatrix::[]", "ormpicker::[]"})
    void macroAloneOnAPageLogsTheMistakeAtTheCatalogLine(String macro) {
        Document html = convertWithBrokenCatalog("Text.\n\n" + macro + "\n");

        loggedOnceAtTheCatalogLine();
        assertThat(html.select(".ormcompare-error").eachText()).singleElement().asString()
                .contains("team.adoc:2: " + MISTAKE);
    }

    @Test
    void everyPageThatMeetsTheMistakeLogsItOnceWhateverWasConvertedBefore() {
        conversion.write("shared-broken/team.adoc", "[orm,id=jooq,name=jOOQ]\n[orm,id=x,nmae=X]\n");
        for (String page : new String[] {"first.adoc", "second.adoc"}) {
            conversion.convert(page, ":ormcompare-catalog: shared-broken\n\normcompare::apply[]\n\normmatrix::[]\n",
                    "html5", false, Map.of());

            loggedOnceAtTheCatalogLine();
        }
    }

    @Test
    void pickerAttributeAloneOnAPageLogsTheMistakeAtTheCatalogLine() {
        convertWithBrokenCatalog(":ormcompare-picker:\n\nText.\n");

        loggedOnceAtTheCatalogLine();
    }

    @Test
    void pickerAttributeAloneOnAPageReportsAMissingCatalogDirectory() {
        conversion.convert("guide.adoc", ":ormcompare-catalog: nowhere\n:ormcompare-picker:\n\nText.\n", "html5", false,
                Map.of());

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getCursor().getFile()).endsWith("guide.adoc");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
            assertThat(record.getMessage()).startsWith("the catalog directory ")
                    .endsWith("nowhere (document attribute ormcompare-catalog) does not exist; create it or point "
                            + "ormcompare-catalog at a directory of catalog files (document attribute ormcompare-picker)");
        });
    }

    @Test
    void pickerAttributeWithAnUnknownOrmIsAnErrorAtItsLine() {
        conversion.convert("guide.adoc", "= Guide\n:ormcompare-picker: django, djano\n\nText.\n", "html5", false, Map.of());

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getCursor().getFile()).endsWith("guide.adoc");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
            assertThat(record.getMessage()).startsWith("unknown ORM 'djano'; did you mean 'django'?")
                    .endsWith(" (document attribute ormcompare-picker)");
        });
    }

    @Test
    void everyMacroOnOnePageLogsTheMistakeOnce() {
        Document html = convertWithBrokenCatalog(":ormcompare-picker:\n\normmatrix::[]\n\normpicker::[]\n\n"
                + "ormcompare::apply[]\n\normcompare::status[]\n");

        loggedOnceAtTheCatalogLine();
        assertThat(html.select(".ormcompare-error")).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ormcompare::apply[orms=django]", "ormmatrix::[]", "ormpicker::[]"})
    void everyMacroTakesTheAttributesAsciidoctorAdds(String macro) {
        Document html = Jsoup.parse(conversion.convert("guide.adoc",
                "Text.\n\n[%unbreakable.wide#block-" + macro.length() + ",reftext=Block]\n" + macro + "\n",
                "html5", false, Map.of()));

        assertThat(conversion.records()).extracting(LogRecord::getMessage).isEmpty();
        assertThat(html.select(".ormcompare-error")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ormcompare::apply[orms=django,colour=red]", "ormmatrix::[colour=red]",
            "ormpicker::[colour=red]"})
    void everyMacroRefusesAnUnknownAttributeAlike(String macro) {
        conversion.convert("guide.adoc", "Text.\n\n" + macro + "\n", "html5", false, Map.of());

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).startsWith("unknown attribute 'colour'. Known ")
                    .contains(macro.substring(0, macro.indexOf(':')) + " attributes: ");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(3);
        });
    }
}
