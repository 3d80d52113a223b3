package dev.ormcompare.site.nav;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.convert.PageHeader;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The nav file, read as an Antora navigation file reads. */
class NavFileTest {

    private static final Path FILE = Path.of("src/docs/asciidoc/nav.adoc");

    private final Map<String, PageHeader> pages = new TreeMap<>(Map.of(
            "index.adoc", new PageHeader("Home", Integer.MAX_VALUE),
            "install.adoc", new PageHeader("Installing <em>it</em>", Integer.MAX_VALUE),
            "guides/first.adoc", new PageHeader("First steps", Integer.MAX_VALUE),
            "guides/deploy.adoc", new PageHeader("Deploying", Integer.MAX_VALUE),
            "reference/goals.adoc", new PageHeader("Goals", Integer.MAX_VALUE, new PageHeader.Outline("", true, true, false,
                    List.of(), List.of(), List.of("render", "check")))));
    private final List<Problem> problems = new ArrayList<>();

    private Navigation read(String text) {
        return NavFile.read(text, FILE, pages, problems);
    }

    /** Each entry as "title -> page", indented two spaces a level. */
    private static List<String> outline(Navigation navigation) {
        List<String> lines = new ArrayList<>();
        navigation.items().forEach(item -> outline(item, "", lines));
        return lines;
    }

    private static void outline(NavItem item, String indent, List<String> lines) {
        String target = item.link() != null ? item.link().href("../") : item.page();
        lines.add(indent + item.title() + " -> " + target + (item.fragment().isEmpty() ? "" : "#" + item.fragment()));
        item.children().forEach(child -> outline(child, indent + "  ", lines));
    }

    @Test
    void nestedListsAreSectionsAndAnItemWithAnXrefLeadsItsSection() {
        Navigation navigation = read("""
                * xref:index.adoc[]
                * xref:guides/first.adoc[]
                ** xref:guides/deploy.adoc[]
                *** xref:reference/goals.adoc[]
                * Reference
                ** xref:install.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly(
                "Home -> index.adoc",
                "First steps -> guides/first.adoc",
                "  Deploying -> guides/deploy.adoc",
                "    Goals -> reference/goals.adoc",
                "Reference -> null",
                "  Installing it -> install.adoc");
        assertThat(navigation.readingOrder())
                .containsExactly("index.adoc", "guides/first.adoc", "guides/deploy.adoc", "reference/goals.adoc", "install.adoc");
        assertThat(problems).isEmpty();
    }

    @Test
    void aTitleLineOpensASectionOfTheListBelowIt() {
        Navigation navigation = read("""
                .Start
                * xref:index.adoc[]
                * xref:install.adoc[]

                .Guides
                * xref:guides/first.adoc[]
                ** xref:guides/deploy.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly(
                "Start -> null",
                "  Home -> index.adoc",
                "  Installing it -> install.adoc",
                "Guides -> null",
                "  First steps -> guides/first.adoc",
                "    Deploying -> guides/deploy.adoc");
        assertThat(problems).isEmpty();
    }

    @Test
    void anXrefWithTextShowsItsTextEscaped() {
        Navigation navigation = read("* xref:install.adoc[Install & run]\n");

        assertThat(outline(navigation)).containsExactly("Install &amp; run -> install.adoc");
    }

    @Test
    void anXrefToAFragmentLinksItAndShowsThePageTitle() {
        Navigation navigation = read("""
                * xref:reference/goals.adoc[]
                ** xref:reference/goals.adoc#render[]
                ** xref:reference/goals.adoc#check[The check goal]
                """);

        assertThat(outline(navigation)).containsExactly(
                "Goals -> reference/goals.adoc",
                "  Goals -> reference/goals.adoc#render",
                "  The check goal -> reference/goals.adoc#check");
        assertThat(navigation.readingOrder()).containsExactly("reference/goals.adoc");
        assertThat(problems).isEmpty();
    }

    @Test
    void anXrefToAnIdThePageDoesNotHaveIsAWarningAndStillLinksThePage() {
        Navigation navigation = read("""
                * xref:reference/goals.adoc[]
                ** xref:reference/goals.adoc#rendr[Render]
                """);

        assertThat(outline(navigation)).containsExactly("Goals -> reference/goals.adoc",
                "  Render -> reference/goals.adoc#rendr");
        assertThat(problems).containsExactly(new Problem(Severity.WARN, FILE, 2,
                "xref to 'reference/goals.adoc#rendr' leads to no place in that page; did you mean 'render'?"));
    }

    @Test
    void commentsAttributesAndBlankLinesAreSkipped() {
        Navigation navigation = read("""
                // The site's navigation
                :experimental:

                * xref:index.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly("Home -> index.adoc");
        assertThat(problems).isEmpty();
    }

    @Test
    void aLineThatIsNoEntryIsAWarningAtItsLineAndTheRestStillCounts() {
        Navigation navigation = read("""
                * xref:index.adoc[]
                xref:install.adoc[]
                * xref:guides/first.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly("Home -> index.adoc", "First steps -> guides/first.adoc");
        assertThat(problems).containsExactly(new Problem(Severity.WARN, FILE, 2, "'xref:install.adoc[]' is not a "
                + "navigation entry; did you mean '* xref:install.adoc[]'? Write '* xref:page.adoc[]' for a page, "
                + "'* Title' or '.Title' for a section"));
    }

    @Test
    void anXrefToAMissingPageIsAWarningAtItsLineWithTheNearestPage() {
        Navigation navigation = read("""
                * xref:index.adoc[]
                * Guides
                ** xref:guides/frist.adoc[]
                ** xref:guides/deploy.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly(
                "Home -> index.adoc",
                "Guides -> null",
                "  Deploying -> guides/deploy.adoc");
        assertThat(problems).containsExactly(new Problem(Severity.WARN, FILE, 3,
                "xref to 'guides/frist.adoc' leads to no page; did you mean 'guides/first.adoc'?"));
    }

    @Test
    void linksOutOfTheSiteTitlesWithoutPagesAndNestedListsInAnyOrderAreEntries() {
        Navigation navigation = read("""
                .Project
                * link:https://example.com[Project site]
                * https://github.com/example/docs[Sources]
                * https://example.com/changes
                * link:api/index.html[API]
                * mailto:docs@example.com[Write to us]

                * Guides
                ** Getting started
                *** xref:guides/first.adoc[]
                ** xref:guides/deploy.adoc[]
                * Reference
                .Elsewhere
                """);

        assertThat(outline(navigation)).containsExactly(
                "Project -> null",
                "  Project site -> https://example.com",
                "  Sources -> https://github.com/example/docs",
                "  https://example.com/changes -> https://example.com/changes",
                "  API -> ../api/index.html",
                "  Write to us -> mailto:docs@example.com",
                "  Guides -> null",
                "    Getting started -> null",
                "      First steps -> guides/first.adoc",
                "    Deploying -> guides/deploy.adoc",
                "  Reference -> null",
                "Elsewhere -> null");
        assertThat(navigation.readingOrder()).containsExactly("guides/first.adoc", "guides/deploy.adoc");
        assertThat(problems).isEmpty();
    }

    @Test
    void aLinkThatWouldRunScriptAndAMacroWithoutBracketsAreWarningsAtTheirLines() {
        Navigation navigation = read("""
                * link:javascript:alert(1)[Click]
                * link:data:text/html,<script>alert(1)</script>[Data]
                * xref:index.adoc
                * xref:install.adoc[]
                """);

        assertThat(outline(navigation)).containsExactly("Installing it -> install.adoc");
        assertThat(problems).containsExactly(
                new Problem(Severity.WARN, FILE, 1, "'javascript:alert(1)' is left out of the navigation: it links only "
                        + "http, https, mailto and ftp addresses, and files of the site"),
                new Problem(Severity.WARN, FILE, 2, "'data:text/html,<script>alert(1)</script>' is left out of the "
                        + "navigation: it links only http, https, mailto and ftp addresses, and files of the site"),
                new Problem(Severity.WARN, FILE, 3, "'xref:index.adoc' is not a navigation entry: it needs a target and "
                        + "brackets; write '* xref:page.adoc[]' for a page, '* link:https://example.com[Text]' for "
                        + "another address"));
    }

    @Test
    void aLinksTextIsEscaped() {
        Navigation navigation = read("* link:https://example.com/?a=1&b=2[<b>Site</b> & more]\n");

        assertThat(outline(navigation)).containsExactly("&lt;b&gt;Site&lt;/b&gt; &amp; more -> https://example.com/?a=1&b=2");
    }
}
