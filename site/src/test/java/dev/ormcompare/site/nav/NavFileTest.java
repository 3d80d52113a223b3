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
            "reference/goals.adoc", new PageHeader("Goals", Integer.MAX_VALUE)));
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
        lines.add(indent + item.title() + " -> " + item.page() + (item.fragment().isEmpty() ? "" : "#" + item.fragment()));
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
}
