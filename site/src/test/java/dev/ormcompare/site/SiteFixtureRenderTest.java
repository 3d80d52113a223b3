package dev.ormcompare.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture source site rendered with a real Asciidoctor, read with jsoup: the page around each
 * converted page, and what an edit writes again.
 */
class SiteFixtureRenderTest {

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    java.nio.file.Path directory;
    private DocsProject project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = SiteFixture.copyInto(new DocsProject(directory, converters));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(project.path("target/site").resolve(path));
    }

    /** The titles the page's nav lists, in order. */
    private List<String> navTitles(String path) throws IOException {
        return page(path).select("#oc-nav a").eachText();
    }

    private Map<String, byte[]> htmlBytes() throws IOException {
        Map<String, byte[]> bytes = new TreeMap<>();
        for (String page : SiteFixture.NAV_ORDER) {
            bytes.put(page, Files.readAllBytes(project.path("target/site").resolve(page)));
        }
        return bytes;
    }

    @Test
    void everyPageHasTheLandmarksASkipLinkAndTheHeader() throws IOException {
        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.problems()).isEmpty();
        for (String path : SiteFixture.NAV_ORDER) {
            Document page = page(path);
            String root = "../".repeat(path.split("/").length - 1);
            assertThat(page.select("body > a.oc-skip[href=#oc-main]")).as(path).hasSize(1);
            assertThat(page.select("body > a").first()).as("the skip link comes first in " + path)
                    .isEqualTo(page.selectFirst("a.oc-skip"));
            assertThat(page.select("header")).hasSize(1);
            assertThat(page.select("nav#oc-nav[aria-label]")).hasSize(1);
            assertThat(page.select("main#oc-main")).hasSize(1);
            assertThat(page.select("footer").text()).isEqualTo("Fixture docs 2.0 · Apache License 2.0");
            assertThat(page.select("header a.oc-home").attr("href")).isEqualTo(root + "index.html");
            assertThat(page.select("header img.oc-logo").attr("src")).isEqualTo(root + "images/logo.svg");
            assertThat(page.select("header .oc-version").text()).isEqualTo("2.0");
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                    .containsExactly(root + "ormcompare-assets/theme.css", root + "ormcompare-assets/ormcompare.css");
        }
        assertThat(page("index.html").title()).isEqualTo("Fixture docs");
        assertThat(page("guides/install.html").title()).isEqualTo("Installing · Fixture docs");
    }

    @Test
    void theNavFollowsTheNavFileWithFragmentsAndOneCurrentEntry() throws IOException {
        project.render();

        Document goals = page("reference/goals.html");
        assertThat(navTitles("reference/goals.html")).containsExactly("Fixture docs", "Installing", "Your first migration",
                "Troubleshooting", "Goals and parameters", "The render goal", "The catalog", "Glossary");
        assertThat(goals.select("#oc-nav a[aria-current]").eachAttr("href")).containsExactly("../reference/goals.html");
        assertThat(goals.select("#oc-nav a:containsOwn(The render goal)").attr("href")).isEqualTo("../reference/goals.html#render");
        // Previous and next name the page by its own title, whatever the nav file calls it.
        assertThat(goals.select("a[rel=prev]").text()).isEqualTo("Previous When a migration fails");
        assertThat(goals.select("a[rel=next]").text()).isEqualTo("Next The catalog");
        assertThat(page("index.html").select("a[rel=prev]")).isEmpty();
        assertThat(page("reference/glossary.html").select("a[rel=next]")).isEmpty();
        // An xref without text shows the page's title; one with text keeps it.
        assertThat(page("index.html").select(".oc-doc a[href=guides/install.html]").eachText())
                .containsExactly("Installing", "Installing");
        assertThat(page("index.html").select(".oc-doc a[href=guides/first-migration.html]").eachText())
                .containsExactly("your first migration", "Your first migration");
    }

    @Test
    void changingOnePagesTitleRelinksTheOtherPagesWithoutConvertingThem() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/reference/catalog.adoc",
                project.read("src/docs/asciidoc/reference/catalog.adoc").replace("= The catalog", "= Snippet catalog"));

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.rendered()).isEqualTo(1);
        for (String path : SiteFixture.NAV_ORDER) {
            assertThat(navTitles(path)).as(path).contains("Snippet catalog").doesNotContain("The catalog");
        }
        assertThat(page("reference/goals.html").select("a[rel=next]").text()).isEqualTo("Next Snippet catalog");
        assertThat(page("reference/glossary.html").select("a[rel=prev]").text()).isEqualTo("Previous Snippet catalog");
    }

    @Test
    void anIdGoneIsAWarningAtTheLinkToItAndRewritesOnlyThePagesLinkingToIt() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/reference/glossary.adoc", project.read("src/docs/asciidoc/reference/glossary.adoc")
                .replace("[[pending]]", ""));

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.rendered()).isEqualTo(1);
        assertThat(outcome.written()).filteredOn(path -> path.endsWith(".html"))
                .containsExactlyInAnyOrder("reference/glossary.html", "guides/first-migration.html");
        assertThat(outcome.problems()).containsExactly(new Problem(org.asciidoctor.log.Severity.WARN,
                project.path("src/docs/asciidoc/guides/first-migration.adoc"), 15,
                "xref to 'reference/glossary.adoc#pending' leads to no place in that page."));
    }

    @Test
    void aBodyOnlyEditConvertsOnePageAndLeavesTheOtherPagesBytes() throws IOException {
        project.render();
        Map<String, byte[]> before = htmlBytes();
        project.write("src/docs/asciidoc/reference/glossary.adoc", project.read("src/docs/asciidoc/reference/glossary.adoc")
                + "[[rollback]]rollback:: Undoing an applied migration.\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.rendered()).isEqualTo(1);
        Map<String, byte[]> after = htmlBytes();
        for (String path : SiteFixture.NAV_ORDER) {
            if (path.equals("reference/glossary.html")) {
                assertThat(after.get(path)).as(path).isNotEqualTo(before.get(path));
            } else {
                assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
            }
        }
        assertThat(page("reference/glossary.html").select(".oc-doc dt").eachText()).contains("rollback");
    }

    @Test
    void addingTheNavFileChangesTheOrderAndRemovingItRestoresThePageTrees() throws IOException {
        String navFile = project.read("src/docs/asciidoc/nav.adoc");
        project.delete("src/docs/asciidoc/nav.adoc");
        project.render();
        List<String> pageTree = List.of("Fixture docs", "Installing", "When a migration fails", "Your first migration",
                "Goals and parameters", "Glossary", "The catalog");
        assertThat(navTitles("index.html")).containsExactlyElementsOf(pageTree);
        assertThat(page("index.html").select("#oc-nav summary").eachText()).containsExactly("Guides", "Reference");

        project.write("src/docs/asciidoc/nav.adoc", navFile);
        SiteRenderer.Outcome added = project.render();

        assertThat(added.rendered()).as("pages converted").isZero();
        assertThat(navTitles("guides/install.html")).containsExactly("Fixture docs", "Installing", "Your first migration",
                "Troubleshooting", "Goals and parameters", "The render goal", "The catalog", "Glossary");
        assertThat(page("guides/install.html").select("a[rel=next]").text()).isEqualTo("Next Your first migration");
        assertThat(project.path("target/site/nav.html")).as("the nav file is no page").doesNotExist();

        project.delete("src/docs/asciidoc/nav.adoc");
        project.render();

        assertThat(navTitles("guides/install.html")).containsExactlyElementsOf(pageTree);
    }

    @Test
    void aNavFileXrefToAMissingPageWarnsInEveryBuildWithTheLineAndTheNearestPage() throws IOException {
        project.write("src/docs/asciidoc/nav.adoc", project.read("src/docs/asciidoc/nav.adoc")
                .replace("xref:reference/glossary.adoc[]", "xref:reference/glosary.adoc[]"));

        SiteRenderer.Outcome first = project.render();
        SiteRenderer.Outcome second = project.render();

        String expected = "src/docs/asciidoc/nav.adoc:13: xref to 'reference/glosary.adoc' leads to no page; "
                + "did you mean 'reference/glossary.adoc'?";
        assertThat(first.problems()).extracting(problem -> problem.describe(directory)).containsExactly(expected);
        assertThat(second.problems()).extracting(problem -> problem.describe(directory)).containsExactly(expected);
        assertThat(first.failures()).isEmpty();
        assertThat(navTitles("index.html")).doesNotContain("Glossary");
    }

    @Test
    void aNavFileWithLinksOutOfTheSiteAndTitlesWithoutPagesRendersThemAsLinksAndHeadings() throws IOException {
        project.write("src/docs/asciidoc/nav.adoc", project.read("src/docs/asciidoc/nav.adoc")
                + "\n.Project\n* link:https://example.com[Project site]\n* Coming soon\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.problems()).isEmpty();
        for (String path : List.of("index.html", "guides/install.html")) {
            Document page = page(path);
            assertThat(page.select("#oc-nav a[href=https://example.com]").eachText()).containsExactly("Project site");
            assertThat(page.select("#oc-nav .oc-nav-heading").eachText()).containsExactly("Coming soon");
            assertThat(page.select("#oc-nav summary").eachText()).containsSubsequence("Guides", "Reference", "Project");
        }
        assertThat(page("reference/glossary.html").select("a[rel=next]")).as("the last page").isEmpty();
    }

    @Test
    void aPageXrefToAMissingPageWarnsInEveryBuildAtItsLine() throws IOException {
        project.write("src/docs/asciidoc/guides/install.adoc", project.read("src/docs/asciidoc/guides/install.adoc")
                .replace("xref:first-migration.adoc[]", "xref:first-migraton.adoc[]"));

        SiteRenderer.Outcome first = project.render();
        SiteRenderer.Outcome second = project.render();

        String expected = "src/docs/asciidoc/guides/install.adoc:17: xref to 'guides/first-migraton.adoc' leads to no "
                + "page; did you mean 'guides/first-migration.adoc'?";
        assertThat(first.problems()).extracting(problem -> problem.describe(directory)).containsExactly(expected);
        assertThat(second.rendered()).isZero();
        assertThat(second.problems()).extracting(problem -> problem.describe(directory)).containsExactly(expected);
    }
}
