package dev.ormcompare.site;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A site a build cache restored into another checkout, as the next build there finds it: with the render's
 * state beside it, or without. Either way the next build's site is a clean build's, and no restored file is
 * taken on trust.
 */
class RestoredSiteRenderTest {

    /** The fixture's pages and the one reading the catalog and a source file outside the docs. */
    private static final int PAGES = SiteFixture.NAV_ORDER.size() + 1;

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject ci;
    private DocsProject developer;

    /** The same sources in two checkouts; the first built, as the machine that filled the cache. */
    @BeforeEach
    void buildOnCi() throws IOException {
        ci = SiteFixture.withInputsOutsideThePages(new DocsProject(directory.resolve("ci/job-7/docs"), converters));
        developer = SiteFixture.withInputsOutsideThePages(new DocsProject(directory.resolve("home/dev/docs"), converters));
        ci.render();
    }

    @Test
    void aRestoredSiteWithoutTheRenderStateRendersEveryPageAndEqualsACleanBuild() throws IOException {
        restore("target/site");
        developer.takeMessages();

        SiteRenderer.Outcome outcome = developer.render();

        assertThat(outcome.rendered()).isEqualTo(PAGES);
        assertThat(developer.takeMessages()).anySatisfy(message -> assertThat(message).startsWith("INFO ormcompare: ")
                .contains(" files of the site in " + developer.path("target/site") + " are not in the render's record"));
        assertEqualsACleanBuild(developer);
    }

    @Test
    void aRestoredPageUnlikeWhatTheRenderWritesIsNotOverwritten() throws IOException {
        restore("target/site");
        Path page = developer.path("target/site/guides/install.html");
        Files.writeString(page, "<p>not what the render writes</p>");

        assertThatThrownBy(developer::render).isInstanceOf(UnsafeOutput.class)
                .hasMessageContaining(page + " was not written by the render");

        assertThat(page).hasContent("<p>not what the render writes</p>");
    }

    @Test
    void aRestoredSiteWithItsStateIsUpToDate() throws IOException {
        restore("target/site");
        restore("target/ormcompare");

        SiteRenderer.Outcome outcome = developer.render();

        assertThat(outcome.rendered()).isZero();
        assertThat(outcome.upToDate()).isEqualTo(PAGES);
        assertEqualsACleanBuild(developer);
    }

    @Test
    void aRestoredSiteWithItsStateRendersOnlyTheEditedPageAndEqualsACleanBuild() throws IOException {
        restore("target/site");
        restore("target/ormcompare");
        developer.write("src/docs/asciidoc/guides/install.adoc",
                developer.read("src/docs/asciidoc/guides/install.adoc") + "\nEdited on another machine.\n");

        SiteRenderer.Outcome outcome = developer.render();

        assertThat(outcome.rendered()).isEqualTo(1);
        assertThat(developer.read("target/site/guides/install.html")).contains("Edited on another machine.");
        assertEqualsACleanBuild(developer);
    }

    /** Copies a folder of the CI's build into the developer's checkout, as a cache hit restores it. */
    private void restore(String folder) throws IOException {
        DocsProject.copyTree(ci.path(folder), developer.path(folder));
    }

    private static void assertEqualsACleanBuild(DocsProject project) throws IOException {
        Map<String, byte[]> site = RelocatableRenderTest.bytes(project.path("target/site"));
        project.cleanRender("target/clean-site");
        Map<String, byte[]> clean = RelocatableRenderTest.bytes(project.path("target/clean-site"));
        assertThat(site.keySet()).isEqualTo(clean.keySet());
        clean.forEach((file, content) -> assertThat(site.get(file)).as(file).isEqualTo(content));
    }
}
