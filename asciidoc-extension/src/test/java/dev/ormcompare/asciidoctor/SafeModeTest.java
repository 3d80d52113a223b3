package dev.ormcompare.asciidoctor;

import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalog directories and the source files snippets come from stay below the document's base
 * directory in Asciidoctor's SAFE mode and above, as Asciidoctor's own includes do.
 */
class SafeModeTest extends RealAsciidoctorTest {

    private static final String PAGE = "Text.\n\normcompare::apply[orms=team]\n";

    private String convert(String catalogAttribute, SafeMode mode) {
        return conversion.convert("docs/guide.adoc", ":ormcompare-catalog: " + catalogAttribute + "\n" + PAGE, "html5",
                false, Map.of(), mode);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SafeMode.class, names = {"SAFE"})
    void catalogDirectoryOutsideTheBaseDirectoryIsRefused(SafeMode mode) {
        conversion.write("outside/team.adoc", "[orm,id=team,name=Team]\n[snippet,topic=apply,orm=team]\n----\nx\n----\n");

        String html = convert("../outside", mode);

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).startsWith("the catalog directory ").contains("outside")
                    .contains("(document attribute ormcompare-catalog) is outside the base directory ")
                    .endsWith("which safe mode " + mode.name() + " keeps files to; move it below, or convert in UNSAFE mode");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(4);
        });
        assertThat(Jsoup.parse(html).select(".ormcompare")).isEmpty();
    }

    @Test
    void catalogDirectoryOutsideIsReadInUnsafeMode() {
        conversion.write("outside/team.adoc", "[orm,id=team,name=Team]\n[snippet,topic=apply,orm=team]\n----\nx\n----\n");

        String html = convert("../outside", SafeMode.UNSAFE);

        assertThat(conversion.records()).isEmpty();
        assertThat(Jsoup.parse(html).select("[role=tab]").eachText()).containsExactly("Team");
    }

    @Test
    void snippetSourceOutsideTheBaseDirectoryIsRefusedAtTheCatalogLine() {
        conversion.write("src/Secret.java", "// tag::x[]\nsecret();\n// end::x[]\n");
        conversion.write("docs/catalog/team.adoc", "[orm,id=team,name=Team]\n"
                + "[snippet,topic=apply,orm=team,include=../../src/Secret.java,tag=x]\n");

        String html = convert("catalog", SafeMode.SAFE);

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getCursor().getFile()).endsWith("team.adoc");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
            assertThat(record.getMessage()).startsWith("include=../../src/Secret.java is ")
                    .contains(", outside the base directory ").endsWith("move the file below it, or convert in UNSAFE mode");
        });
        assertThat(html).doesNotContain("secret();");
    }

    @Test
    void secureModeReadsNoCatalogFiles() {
        conversion.write("docs/catalog/team.adoc", "[orm,id=team,name=Team]\n");

        convert("catalog", SafeMode.SECURE);

        assertThat(conversion.records()).singleElement().satisfies(record -> assertThat(record.getMessage())
                .isEqualTo("safe mode SECURE reads no files, so the catalog directory 'catalog' (document attribute "
                        + "ormcompare-catalog) is not read; convert in a lower safe mode"));
    }

    @Test
    void serverModeWithoutTheBaseDirOptionCannotFindTheCatalog() {
        convert("catalog", SafeMode.SERVER);

        assertThat(conversion.records()).singleElement().satisfies(record -> assertThat(record.getMessage())
                .isEqualTo("safe mode SERVER hides the document's directory, so the catalog directory 'catalog' "
                        + "(document attribute ormcompare-catalog) cannot be found; pass the base_dir option"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SafeMode.class, names = {"SAFE"})
    void snippetSourceBelowTheBaseDirectoryIsRead(SafeMode mode) {
        conversion.write("docs/code/Open.java", "// tag::x[]\nopen();\n// end::x[]\n");
        conversion.write("docs/catalog/team.adoc", "[orm,id=team,name=Team]\n"
                + "[snippet,topic=apply,orm=team,include=../code/Open.java,tag=x]\n");

        String html = convert("catalog", mode);

        assertThat(conversion.records()).extracting(r -> r.getMessage()).isEmpty();
        assertThat(Jsoup.parse(html).selectFirst("pre").text()).isEqualTo("open();");
    }
}
