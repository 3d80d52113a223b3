package dev.ormcompare.doxia;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SitePageTest {

    private final Path project = Path.of("/work/docs");

    @Test
    void partialsAndHiddenFilesBelowThePagesFolderAreNoPages() {
        String partial = "a partial (a name starting with _)";
        assertThat(new SitePage(project, "src/site/asciidoc/_intro.adoc").notAPage()).isEqualTo(partial);
        assertThat(new SitePage(project, "src/site/asciidoc/_partials/intro.adoc").notAPage()).isEqualTo(partial);
        assertThat(new SitePage(project, "src/site/asciidoc/guide/_steps.adoc").notAPage()).isEqualTo(partial);
        assertThat(new SitePage(project, "src\\site\\asciidoc\\_partials\\intro.adoc").notAPage()).isEqualTo(partial);
        assertThat(new SitePage(project, "src/site/asciidoc/.drafts/apply.adoc").notAPage())
                .isEqualTo("hidden (a name starting with .)");
        assertThat(new SitePage(project, "src/site/asciidoc/guide/apply.adoc").notAPage()).isNull();
        assertThat(new SitePage(project, "src/_site/asciidoc/guide/apply.adoc").notAPage()).isNull();
        assertThat(new SitePage(project, "src/.site/asciidoc/guide/apply.adoc").notAPage()).isNull();
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
