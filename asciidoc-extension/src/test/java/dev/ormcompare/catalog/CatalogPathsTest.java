package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a catalog reads is checked before it is read: a path that cannot be a file, a directory, a
 * pipe, a file over the size limit, a link leading out of the base directory. Each is a mistake at
 * the catalog line that names it.
 */
class CatalogPathsTest {

    private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

    @TempDir
    Path project;

    private Path write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void catalogIncluding(String include) throws IOException {
        write("docs/catalog/team.adoc", "[orm,id=flyway,name=Flyway]\n[snippet,topic=apply,orm=flyway,include=" + include
                + "]\n");
    }

    private CatalogException failure(Jail jail) {
        return (CatalogException) assertThatThrownBy(() -> CatalogFiles.load(project.resolve("docs/catalog"), jail))
                .isInstanceOf(CatalogException.class).actual();
    }

    private CatalogException failureAtTheSnippetLine() {
        CatalogException e = failure(Jail.NONE);
        assertThat(e.source()).endsWith("team.adoc");
        assertThat(e.line()).isEqualTo(2);
        return e;
    }

    private static void sparse(Path file, long length) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(length);
        }
    }

    @Test
    void nulInAnIncludePathIsAMistakeAtItsLine() throws IOException {
        catalogIncluding("src/Mig\u0000rate.java");

        assertThat(failureAtTheSnippetLine().problem()).isEqualTo("include=src/Mig\\u0000rate.java is not a path a file "
                + "can have (Nul character not allowed); give the path of a source file, relative to this catalog file");
    }

    @Test
    void directoryIsNotAFile() throws IOException {
        Files.createDirectories(project.resolve("docs/catalog/src"));
        catalogIncluding("src");

        assertThat(failureAtTheSnippetLine().problem()).endsWith("src (include=src) is a directory, not a file; name a file");
    }

    @Test
    void pipeIsNotARegularFile() throws Exception {
        Files.createDirectories(project.resolve("docs/catalog"));
        Process mkfifo = new ProcessBuilder("mkfifo", project.resolve("docs/catalog/pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        catalogIncluding("pipe");

        assertThat(failureAtTheSnippetLine().problem()).endsWith("pipe (include=pipe) is not a regular file (it is a "
                + "pipe, socket or device); name a regular file");
    }

    @Test
    void hugeSourceFileIsRefusedBeforeItIsRead() throws IOException {
        sparse(project.resolve("docs/catalog/huge.sql"), TWO_GIB);
        catalogIncluding("huge.sql");

        assertThat(failureAtTheSnippetLine().problem()).endsWith("huge.sql (include=huge.sql) is 2147483648 bytes, over "
                + "the limit of 1 MiB (1048576 bytes) for a snippet source file (include=); take the code from a smaller file");
    }

    @Test
    void sourceFileAtTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
        write("docs/catalog/at-limit.sql", "x".repeat(1024 * 1024));
        catalogIncluding("at-limit.sql");
        assertThat(CatalogFiles.load(project.resolve("docs/catalog")).inputs()).hasSize(2);

        write("docs/catalog/at-limit.sql", "x".repeat(1024 * 1024 + 1));
        assertThat(failureAtTheSnippetLine().problem()).contains("is 1048577 bytes, over the limit of 1 MiB");
    }

    @Test
    void hugeCatalogFileIsRefusedBeforeItIsRead() throws IOException {
        sparse(project.resolve("docs/catalog/huge.adoc"), TWO_GIB);

        CatalogException e = failure(Jail.NONE);

        assertThat(e.source()).endsWith("huge.adoc");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("this catalog file is 2147483648 bytes, over the limit of 16 MiB (16777216 "
                + "bytes) for a catalog file; split it into several catalog files");
    }

    @Test
    void linkBelowTheBaseDirectoryLeadingOutOfItIsRefused() throws IOException {
        write("outside/etc/passwd", "root:x:0:0\n");
        Files.createDirectories(project.resolve("docs/catalog"));
        Files.createSymbolicLink(project.resolve("docs/catalog/etc"), project.resolve("outside/etc"));
        catalogIncluding("etc/passwd");

        CatalogException e = failure(new Jail(project.resolve("docs"), "SAFE"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("include=etc/passwd is " + project.resolve("outside/etc/passwd").toRealPath()
                + ", outside the base directory " + project.resolve("docs") + ", which safe mode SAFE keeps files to; "
                + "move the file below it, or convert in UNSAFE mode");
    }

    @Test
    void missingFileBehindALinkLeadingOutIsRefusedAsOutside() throws IOException {
        Files.createDirectories(project.resolve("outside/etc"));
        Files.createDirectories(project.resolve("docs/catalog"));
        Files.createSymbolicLink(project.resolve("docs/catalog/etc"), project.resolve("outside/etc"));
        catalogIncluding("etc/shadow");

        CatalogException e = failure(new Jail(project.resolve("docs"), "SAFE"));

        assertThat(e.problem()).startsWith("include=etc/shadow is " + project.resolve("outside/etc").toRealPath()
                .resolve("shadow") + ", outside the base directory ");
    }

    @Test
    void linkWithinTheBaseDirectoryIsRead() throws Exception {
        write("docs/code/Open.java", "open();\n");
        Files.createDirectories(project.resolve("docs/catalog"));
        Files.createSymbolicLink(project.resolve("docs/catalog/code"), project.resolve("docs/code"));
        catalogIncluding("code/Open.java");

        Catalog catalog = CatalogFiles.load(project.resolve("docs/catalog"), new Jail(project.resolve("docs"), "SAFE"));

        assertThat(catalog.inputs()).containsExactly(project.resolve("docs/catalog/team.adoc"),
                project.resolve("docs/catalog/code/Open.java"));
    }

    @Test
    void catalogFileLinkedFromOutsideTheBaseDirectoryIsRefused() throws IOException {
        write("outside/secret.adoc", "[orm,id=secret,name=Secret]\n");
        Files.createDirectories(project.resolve("docs/catalog"));
        Files.createSymbolicLink(project.resolve("docs/catalog/team.adoc"), project.resolve("outside/secret.adoc"));

        CatalogException e = failure(new Jail(project.resolve("docs"), "SAFE"));

        assertThat(e.source()).endsWith("team.adoc");
        assertThat(e.problem()).startsWith("this catalog file leads to " + project.resolve("outside/secret.adoc").toRealPath()
                + ", outside the base directory ");
    }
}
