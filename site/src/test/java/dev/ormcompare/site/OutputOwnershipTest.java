package dev.ormcompare.site;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ormcompare.site.compose.ThemeAssets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The render overwrites and deletes only files it wrote and can prove it wrote, never through a
 * symbolic link, never in a source folder: on real docs trees, with the output directory, the render
 * state and the site's folders changed as a user or another tool would change them.
 */
class OutputOwnershipTest {

    private static final String STATE = "target/ormcompare/render-state.txt";

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;

    @BeforeEach
    void writeDocs() throws IOException {
        project = new DocsProject(directory, converters);
        project.write("src/docs/asciidoc/index.adoc", "= Guide\n\nimage::images/logo.png[]\n");
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nNothing included.\n");
        project.write("src/docs/asciidoc/images/logo.png", "the docs' logo");
        project.write("src/docs/ormcompare/team.adoc", "[orm,id=team,name=\"Team ORM\"]\n");
    }

    @ParameterizedTest(name = "outputDirectory {0}")
    @CsvSource(delimiter = '|', value = {
            "src/docs/asciidoc        | is the docs source directory",
            "src/docs/asciidoc/site   | lies inside the docs source directory",
            "src/docs                 | contains the docs source directory",
            ".                        | contains the docs source directory",
            "src/docs/ormcompare      | is the catalog directory",
            "src/docs/ormcompare/html | lies inside the catalog directory",
            "src/generated-site       | lies inside the project's src/ folder"})
    void anOutputDirectoryInOrAroundASourceFolderIsRefusedBeforeAnythingIsWritten(String output, String relation)
            throws IOException {
        project.render();
        Map<String, String> before = project.files(".");

        assertThatThrownBy(() -> project.renderInto(output)).isInstanceOf(UnsafeOutput.class)
                .hasMessageStartingWith("outputDirectory " + project.path(output) + " " + relation)
                .hasMessageContaining("set outputDirectory to a folder of its own");

        assertThat(project.files(".")).isEqualTo(before);
    }

    @Test
    void anOutputDirectoryThatLinksToTheSourceDirectoryIsRefused() throws IOException {
        project.render();
        DocsProject.deleteTree(project.path("target/site"));
        Files.createSymbolicLink(project.path("target/site"), project.path("src/docs/asciidoc"));
        Map<String, String> sources = project.files("src");

        assertThatThrownBy(project::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining("is the docs source directory");

        assertThat(project.files("src")).isEqualTo(sources);
    }

    @Test
    void aStateLineNamingAFileTheRenderDidNotWriteIsAWarningNotADeletion() throws IOException {
        project.render();
        Path javadoc = project.write("target/site/apidocs/index.html", "<p>javadoc</p>");
        append(project.path(STATE), "resource apidocs/index.html\n");
        project.takeMessages();

        project.render();

        assertThat(javadoc).hasContent("<p>javadoc</p>");
        assertThat(project.takeMessages()).singleElement().asString()
                .startsWith("WARN ormcompare: " + javadoc + " is left as it is: the render deletes only files it "
                        + "can prove it wrote, and " + javadoc + " was not written by the render");
        project.render();
        assertThat(project.takeMessages()).as("warned once: the state forgets the line").isEmpty();
    }

    @Test
    void aStateLineNamingAFileOutsideTheSiteIsAWarningNotADeletion() throws IOException {
        project.render();
        append(project.path(STATE), "resource ../../src/docs/asciidoc/alone.adoc\n");
        project.takeMessages();

        project.render();

        assertThat(project.path("src/docs/asciidoc/alone.adoc")).exists();
        assertThat(project.takeMessages()).singleElement().asString().startsWith("WARN ormcompare: "
                + project.path("src/docs/asciidoc/alone.adoc") + " is left as it is").contains("is outside the output "
                + "directory " + project.path("target/site"));
    }

    @Test
    void theRecordOfWrittenFilesHoldsWhenTheProjectMoves() throws IOException {
        project.render();
        Path moved = directory.resolveSibling(directory.getFileName() + "-moved");
        Files.move(directory, moved);
        try {
            DocsProject there = new DocsProject(moved, converters);
            there.delete("src/docs/asciidoc/alone.adoc");

            there.render();

            assertThat(there.path("target/site/alone.html")).doesNotExist();
            assertThat(there.takeMessages()).isEmpty();
        } finally {
            Files.move(moved, directory);
        }
    }

    @Test
    void anOutputChangedSinceTheRenderWroteItIsKeptWhenItsPageIsGone() throws IOException {
        project.render();
        Path html = project.path("target/site/alone.html");
        Files.writeString(html, "<p>my notes</p>");
        project.delete("src/docs/asciidoc/alone.adoc");
        project.takeMessages();

        project.render();

        assertThat(html).hasContent("<p>my notes</p>");
        assertThat(project.takeMessages()).singleElement().asString().startsWith("WARN ormcompare: " + html
                + " is left as it is").contains("changed since the render wrote it");
    }

    @Test
    void anOutputChangedSinceTheRenderWroteItIsNotOverwritten() throws IOException {
        project.render();
        Path html = project.path("target/site/alone.html");
        Files.writeString(html, "<p>my notes</p>");
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nEdited.\n");

        assertThatThrownBy(project::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining(html + " changed since the render wrote it");

        assertThat(html).hasContent("<p>my notes</p>");
        Files.delete(html);
        project.render();
        assertThat(project.read("target/site/alone.html")).contains("Edited.");
    }

    @Test
    void aFileTheRenderDidNotWriteWhereAPageGoesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path foreign = project.write("target/site/alone.html", "<p>written by another tool</p>");

        assertThatThrownBy(project::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining(foreign + " was not written by the render")
                .hasMessageEndingWith("Move or delete it (a symbolic link: replace it with a folder), or set "
                        + "outputDirectory to a folder of its own");

        assertThat(foreign).hasContent("<p>written by another tool</p>");
        assertThat(project.files("target/site").keySet()).containsExactly("alone.html");
    }

    @Test
    void aFileHoldingTheBytesTheRenderWouldWriteIsNotInTheWay() throws IOException {
        String css = ThemeAssets.FOLDER + "theme.css";
        Files.createDirectories(project.path("target/site/" + ThemeAssets.FOLDER));
        Files.write(project.path("target/site/" + css), ThemeAssets.files().get(css));
        project.write("target/site/images/logo.png", "the docs' logo");

        project.render();

        assertThat(project.pagesAndResources("target/site")).containsExactlyInAnyOrder("index.html", "alone.html",
                "images/logo.png");
    }

    @Test
    void aLinkedFolderInTheSiteIsNeverWrittenThrough() throws IOException {
        Path theirs = renderThenLinkImagesTo("someone else's logo");
        project.write("src/docs/asciidoc/images/logo.png", "the docs' new logo");

        assertThatThrownBy(project::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining(project.path("target/site/images") + " is a symbolic link (to "
                        + theirs.getParent() + "): the render never writes through one");

        assertThat(theirs).hasContent("someone else's logo");
        assertThat(project.path("target/site/images")).isSymbolicLink();
    }

    @Test
    void aLinkedFolderInTheSiteIsNeverDeletedThrough() throws IOException {
        // The same bytes as the render wrote: only the link tells that the file is not the render's.
        Path theirs = renderThenLinkImagesTo("the docs' logo");
        project.delete("src/docs/asciidoc/images/logo.png");
        project.takeMessages();

        project.render();

        assertThat(theirs).hasContent("the docs' logo");
        assertThat(project.takeMessages()).singleElement().asString()
                .startsWith("WARN ormcompare: " + project.path("target/site/images/logo.png") + " is left as it is")
                .contains(project.path("target/site/images") + " is a symbolic link");
    }

    @Test
    void aLinkWhereAPageGoesIsNeitherReplacedNorWrittenThrough() throws IOException {
        project.render();
        Path notes = project.write("elsewhere/notes.html", "<p>my notes</p>");
        Path html = project.path("target/site/alone.html");
        Files.delete(html);
        Files.createSymbolicLink(html, notes);
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nEdited.\n");

        assertThatThrownBy(project::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining(html + " is a symbolic link");

        assertThat(html).isSymbolicLink();
        assertThat(notes).hasContent("<p>my notes</p>");
    }

    @Test
    void aBuildKilledAfterWritingAPageStillOwnsIt() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/new.adoc", "= New\n");
        // Kept conversion, search and text parts, every page's HTML (the navigation changed); then killed: no state saved.
        assertThatThrownBy(() -> project.render(new KillingSiteFiles(6))).isInstanceOf(KillingSiteFiles.Killed.class);
        assertThat(project.path("target/site/new.html")).exists();
        project.delete("src/docs/asciidoc/new.adoc");

        project.render();

        assertThat(project.path("target/site/new.html")).doesNotExist();
    }

    /** After a render, the site's images folder becomes a link to a folder elsewhere holding a logo. */
    private Path renderThenLinkImagesTo(String logo) throws IOException {
        project.render();
        Path theirs = project.write("elsewhere/images/logo.png", logo);
        DocsProject.deleteTree(project.path("target/site/images"));
        Files.createSymbolicLink(project.path("target/site/images"), theirs.getParent());
        return theirs;
    }

    /** Appends to a file, as a hand edit would. */
    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
