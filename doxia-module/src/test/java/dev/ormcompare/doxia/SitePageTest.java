package dev.ormcompare.doxia;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SitePageTest {

    private final Path project = Path.of("/work/docs");

    @Test
    void partialsAreFilesAndFoldersStartingWithAnUnderscoreBelowThePagesFolder() {
        assertThat(new SitePage(project, "src/site/asciidoc/_intro.adoc").isPartial()).isTrue();
        assertThat(new SitePage(project, "src/site/asciidoc/_partials/intro.adoc").isPartial()).isTrue();
        assertThat(new SitePage(project, "src/site/asciidoc/guide/_steps.adoc").isPartial()).isTrue();
        assertThat(new SitePage(project, "src/site/asciidoc/guide/apply.adoc").isPartial()).isFalse();
        assertThat(new SitePage(project, "src/_site/asciidoc/guide/apply.adoc").isPartial()).isFalse();
        assertThat(new SitePage(project, "src\\site\\asciidoc\\_partials\\intro.adoc").isPartial()).isTrue();
    }

    @Test
    void filesAreShownFromTheProjectsFolder() {
        SitePage page = new SitePage(project, "src/site/asciidoc/index.adoc");

        assertThat(page.path()).isEqualTo("src/site/asciidoc/index.adoc");
        assertThat(page.display("/work/docs/src/site/asciidoc/_partials/_intro.adoc")).isEqualTo("src/site/asciidoc/_partials/_intro.adoc");
        assertThat(page.display("/elsewhere/shared.adoc")).isEqualTo("/elsewhere/shared.adoc");
        assertThat(page.display("https://example.org/a.adoc")).isEqualTo("https://example.org/a.adoc");
    }
}
