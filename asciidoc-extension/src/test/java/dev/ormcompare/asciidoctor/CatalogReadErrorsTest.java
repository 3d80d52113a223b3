package dev.ormcompare.asciidoctor;

import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog that cannot be read as written (bytes that are not UTF-8, a path that cannot be a file,
 * a link out of the base directory) gives one located ERROR, never a stack trace, and the page
 * shows the message where the blocks would be.
 */
class CatalogReadErrorsTest extends RealAsciidoctorTest {

    /** A catalog directory of its own per test: a mistake already reported is not logged again. */
    private static int catalogs;

    private static String newCatalogDirectory() {
        return "docs/catalog-" + ++catalogs;
    }

    private static Document convert(String catalogDirectory, SafeMode mode) {
        String relative = catalogDirectory.substring("docs/".length());
        return Jsoup.parse(conversion.convert("docs/guide.adoc", ":ormcompare-catalog: " + relative + "\n\nText.\n\n"
                + "ormcompare::apply[orms=django]\n", "html5", false, Map.of(), mode));
    }

    private static LogRecord onlyRecord() {
        assertThat(conversion.records()).hasSize(1);
        LogRecord record = conversion.records().get(0);
        assertThat(record.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        return record;
    }

    @Test
    void latin1ByteIsLoggedAtItsFileLineAndColumn() throws IOException {
        String catalog = newCatalogDirectory();
        Path file = directory.resolve(catalog + "/team.adoc");
        Files.createDirectories(file.getParent());
        byte[] head = "// Team\n[orm,id=cafe,name=\"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = ']';
        Files.write(file, bytes);

        Document html = convert(catalog, SafeMode.SAFE);

        LogRecord record = onlyRecord();
        assertThat(record.getCursor().getFile()).endsWith("team.adoc");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
        assertThat(record.getMessage()).isEqualTo("byte 0xE9 at column 23 is not UTF-8; catalog files are read as "
                + "UTF-8: save this file as UTF-8");
        assertThat(html.selectFirst(".ormcompare-error").text()).contains("team.adoc:2: byte 0xE9 at column 23");
    }

    @Test
    void byteOrderMarkIsReadPast() {
        String catalog = newCatalogDirectory();
        conversion.write(catalog + "/team.adoc", "\uFEFF// Team\n[snippet,topic=apply,orm=django]\n----\nteam();\n----\n");

        Document html = convert(catalog, SafeMode.SAFE);

        assertThat(conversion.records()).isEmpty();
        assertThat(html.selectFirst("pre code").wholeText()).isEqualTo("team();");
    }

    @Test
    void nulInAnIncludeIsLoggedAtTheCatalogLine() {
        String catalog = newCatalogDirectory();
        conversion.write(catalog + "/team.adoc", "[snippet,topic=apply,orm=django,include=a\u0000b.py]\n");

        convert(catalog, SafeMode.SAFE);

        LogRecord record = onlyRecord();
        assertThat(record.getCursor().getFile()).endsWith("team.adoc");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(1);
        assertThat(record.getMessage()).startsWith("include=a\\u0000b.py is not a path a file can have");
    }

    @Test
    void linkBelowTheBaseDirectoryDoesNotReadOutsideIt() throws IOException {
        String catalog = newCatalogDirectory();
        conversion.write("etc-" + catalogs + "/passwd", "root:x:0:0:secret\n");
        conversion.write(catalog + "/team.adoc", "[snippet,topic=apply,orm=django,include=etc/passwd]\n");
        Files.createSymbolicLink(directory.resolve(catalog + "/etc"), directory.resolve("etc-" + catalogs));

        Document html = convert(catalog, SafeMode.SAFE);

        LogRecord record = onlyRecord();
        assertThat(record.getCursor().getLineNumber()).isEqualTo(1);
        assertThat(record.getMessage()).startsWith("include=etc/passwd is ").contains(", outside the base directory ");
        assertThat(html.text()).doesNotContain("root:x");
    }

    @Test
    void catalogDirectoryLinkedFromOutsideIsRefused() throws IOException {
        conversion.write("elsewhere-" + catalogs + "/team.adoc", "[orm,id=secret,name=Secret]\n");
        String catalog = newCatalogDirectory();
        Files.createSymbolicLink(directory.resolve(catalog), directory.resolve("elsewhere-" + (catalogs - 1)));

        convert(catalog, SafeMode.SAFE);

        assertThat(onlyRecord().getMessage()).startsWith("the catalog directory ")
                .contains(", a link to ").contains("(document attribute ormcompare-catalog) is outside the base directory ");
    }

    @Test
    void nulInTheCatalogAttributeIsAnErrorAtTheMacro() {
        conversion.convert("docs/guide.adoc", ":ormcompare-catalog: cat\u0000alog\n\normcompare::apply[]\n", "html5",
                false, Map.of());

        LogRecord record = onlyRecord();
        assertThat(record.getCursor().getLineNumber()).isEqualTo(3);
        assertThat(record.getMessage()).startsWith("the catalog directory 'cat\\u0000alog' (document attribute "
                + "ormcompare-catalog) is not a path a directory can have");
    }
}
