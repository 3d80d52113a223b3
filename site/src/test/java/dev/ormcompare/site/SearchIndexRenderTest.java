package dev.ormcompare.site;

import dev.ormcompare.site.search.SearchIndex;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's search index as renders keep it: every page's entries, a one-page edit converting one page. */
class SearchIndexRenderTest {

    private static final String INDEX = "target/site/" + SearchIndex.FILE;

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;

    @BeforeEach
    void writeDocs() throws IOException {
        project = new DocsProject(directory, converters);
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
        project.write("src/docs/asciidoc/guide/rollback.adoc",
                "= Rolling back\n\n== Undo\n\normcompare::[topic=rollback,orms=\"sqlalchemy,prisma\"]\n");
    }

    @Test
    void theIndexHoldsEveryPageAndEverySnippetOfEveryTab() throws IOException {
        project.render();

        String index = project.read(INDEX);
        assertThat(index).startsWith("window.ormcompareSearchIndex={\"p\":[")
                .contains("{\"u\":\"index.html\",\"e\":[[\"p\",\"\",\"Home\",\"\",\"Welcome.\"]]}")
                .contains("{\"u\":\"guide/rollback.html\"")
                .contains("[\"c\",\"ormcompare-rollback-sqlalchemy\",\"Undo\",")
                .contains("alembic downgrade")
                .contains("[\"c\",\"ormcompare-rollback-prisma\",\"Undo\",");
    }

    @Test
    void aSnippetThatSeveralPagesShowIsHeldOnceAndEachPageNamesIt() throws IOException {
        project.write("src/docs/asciidoc/guide/again.adoc",
                "= Again\n\n== Once more\n\normcompare::[topic=rollback,orms=\"sqlalchemy\"]\n");

        project.render();

        String index = project.read(INDEX);
        assertThat(index.split("\\[\"SQLAlchemy\",", -1)).as("the snippet, once").hasSize(2);
        String key = index.replaceAll("(?s).*\\[\"c\",\"ormcompare-rollback-sqlalchemy\",\"Undo\",\"([0-9a-f]+)\"].*", "$1");
        assertThat(index).contains("[\"c\",\"ormcompare-rollback-sqlalchemy\",\"Once more\",\"" + key + "\"]")
                .contains("\"" + key + "\":[\"SQLAlchemy\",");
    }

    @Test
    void aSectionThatSeveralPagesIncludeIsHeldOnce() throws IOException {
        project.write("src/docs/asciidoc/_partials/_support.adoc", "== Getting help\n\nAsk on the forum, quoting the build log.\n");
        project.write("src/docs/asciidoc/guide/one.adoc", "= One\n\ninclude::../_partials/_support.adoc[]\n");
        project.write("src/docs/asciidoc/guide/two.adoc", "= Two\n\n== Before\n\nText.\n\ninclude::../_partials/_support.adoc[leveloffset=+1]\n");

        project.render();

        String index = project.read(INDEX);
        assertThat(index.split("quoting the build log", -1)).as("the section's text, once").hasSize(2);
        assertThat(index).containsPattern("\\{\"u\":\"guide/one.html\",\"e\":\\[.*\\[\"s\",\"_getting_help\",\"\",\"[0-9a-f]+\"]")
                .containsPattern("\\{\"u\":\"guide/two.html\",\"e\":\\[.*\\[\"s\",\"_getting_help\",\"Before\",\"[0-9a-f]+\"]");
    }

    @Test
    void aOnePageEditUpdatesTheIndexConvertingThatPageOnly() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome back.\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.rendered()).isEqualTo(1);
        assertThat(project.read(INDEX)).contains("\"Welcome back.\"").contains("alembic downgrade");
    }

    @Test
    void aDeletedPageLeavesTheIndexAndTheStockThemeHasNone() throws IOException {
        project.render();
        project.delete("src/docs/asciidoc/guide/rollback.adoc");
        project.render();
        assertThat(project.read(INDEX)).doesNotContain("rollback");

        project.look = SiteLook.stock();
        project.render();

        assertThat(Files.exists(project.path(INDEX))).isFalse();
    }
}
