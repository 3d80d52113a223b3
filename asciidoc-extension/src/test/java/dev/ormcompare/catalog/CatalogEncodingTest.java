package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Catalog files and the source files snippets take code from are UTF-8: a byte that is not is a
 * mistake at its file, line and column; a byte order mark is read past.
 */
class CatalogEncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path project;

    private Path write(String path, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Catalog load() throws IOException, CatalogException {
        return CatalogFiles.load(project.resolve("docs/catalog"));
    }

    private CatalogException failure() {
        return (CatalogException) assertThatThrownBy(this::load).isInstanceOf(CatalogException.class).actual();
    }

    @Test
    void latin1ByteInACatalogFileIsAMistakeAtItsLineAndColumn() throws IOException {
        write("docs/catalog/team.adoc", utf8("// Our ORMs, café included\n\n[orm,id=cafe,name=\"Caf"),
                new byte[] {(byte) 0xE9}, utf8("\"]\n"));

        CatalogException e = failure();

        assertThat(e.source()).endsWith("team.adoc");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo("byte 0xE9 at column 23 is not UTF-8; catalog files are read as UTF-8: "
                + "save this file as UTF-8");
    }

    @Test
    void columnCountsCharactersNotBytes() throws IOException {
        write("docs/catalog/team.adoc", utf8("[orm,id=ru,name=\"Призма"), new byte[] {(byte) 0xFF}, utf8("\"]\n"));

        CatalogException e = failure();

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).startsWith("byte 0xFF at column 24 is not UTF-8;");
    }

    @Test
    void byteOrderMarkIsReadPast() throws Exception {
        write("docs/catalog/team.adoc", BOM, utf8("// Team ORMs\n[orm,id=jooq,name=jOOQ]\n"));

        assertThat(load().findOrm("jooq")).isPresent();
    }

    @Test
    void latin1ByteInASnippetSourceIsAMistakeAtThatFilesLineAndColumn() throws IOException {
        write("src/Migrate.java", utf8("// tag::apply[]\nlog(\"d"), new byte[] {(byte) 0xE9}, utf8("j\u00e0\");\n// end::apply[]\n"));
        write("docs/catalog/team.adoc", utf8("[orm,id=flyway,name=Flyway]\n"
                + "[snippet,topic=apply,orm=flyway,include=../../src/Migrate.java,tag=apply]\n"));

        CatalogException e = failure();

        assertThat(e.source()).endsWith("Migrate.java");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("byte 0xE9 at column 7 is not UTF-8; snippet source files are read as "
                + "UTF-8: save this file as UTF-8 (team.adoc:2 takes code from it with include=)");
    }

    @Test
    void byteOrderMarkOfASnippetSourceIsNotPartOfTheCode() throws Exception {
        write("src/Whole.java", BOM, utf8("whole();\n"));
        write("src/Tagged.java", BOM, utf8("// tag::apply[]\ntagged();\n// end::apply[]\n"));
        write("docs/catalog/team.adoc", utf8("[orm,id=whole,name=Whole]\n[orm,id=tagged,name=Tagged]\n"
                + "[snippet,topic=apply,orm=whole,include=../../src/Whole.java]\n"
                + "[snippet,topic=apply,orm=tagged,include=../../src/Tagged.java,tag=apply]\n"));

        Catalog catalog = load();

        Topic apply = catalog.findTopic("apply").orElseThrow();
        assertThat(catalog.snippet(apply, catalog.findOrm("whole").orElseThrow()).orElseThrow().code()).isEqualTo("whole();");
        assertThat(catalog.snippet(apply, catalog.findOrm("tagged").orElseThrow()).orElseThrow().code()).isEqualTo("tagged();");
    }

    @Test
    void truncatedSequenceAtTheEndIsAMistakeToo() throws IOException {
        write("docs/catalog/team.adoc", utf8("// ok\n// cut: "), new byte[] {(byte) 0xE2, (byte) 0x9C});

        CatalogException e = failure();

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("byte 0xE2 at column 9 is not UTF-8;");
    }
}
