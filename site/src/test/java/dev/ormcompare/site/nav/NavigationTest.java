package dev.ormcompare.site.nav;

import dev.ormcompare.site.convert.PageHeader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation laid out from the page tree, when the site has no nav file. */
class NavigationTest {

    private static final int NONE = Integer.MAX_VALUE;

    private final SortedMap<String, PageHeader> pages = new TreeMap<>();

    private void page(String path, String title) {
        page(path, title, NONE);
    }

    private void page(String path, String title, int navOrder) {
        pages.put(path, new PageHeader(title, navOrder));
    }

    /** Each entry as "title -> page", indented two spaces a level. */
    private static List<String> outline(Navigation navigation) {
        List<String> lines = new java.util.ArrayList<>();
        navigation.items().forEach(item -> outline(item, "", lines));
        return lines;
    }

    private static void outline(NavItem item, String indent, List<String> lines) {
        lines.add(indent + item.title() + " -> " + item.page());
        item.children().forEach(child -> outline(child, indent + "  ", lines));
    }

    @Test
    void foldersAreSectionsLedByTheirIndexPage() {
        page("index.adoc", "Home");
        page("install.adoc", "Install");
        page("guides/index.adoc", "Guides");
        page("guides/first.adoc", "First steps");
        page("guides/deep/index.adoc", "Going deeper");
        page("guides/deep/tuning.adoc", "Tuning");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "Home -> index.adoc",
                "Guides -> guides/index.adoc",
                "  First steps -> guides/first.adoc",
                "  Going deeper -> guides/deep/index.adoc",
                "    Tuning -> guides/deep/tuning.adoc",
                "Install -> install.adoc");
    }

    @Test
    void aFolderWithoutAnIndexIsASectionNamedAfterTheFolder() {
        page("index.adoc", "Home");
        page("getting-started/setup.adoc", "Setup");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "Home -> index.adoc",
                "Getting started -> null",
                "  Setup -> getting-started/setup.adoc");
    }

    @Test
    void navOrderComesFirstThenTheTitleWhateverItsCase() {
        page("index.adoc", "Home", 5);
        page("a.adoc", "Zebra", 1);
        page("b.adoc", "apple");
        page("c.adoc", "Banana");
        page("d.adoc", "Last but ordered", 2);
        page("reference/index.adoc", "Reference", 3);
        page("reference/goals.adoc", "Goals");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "Home -> index.adoc",
                "Zebra -> a.adoc",
                "Last but ordered -> d.adoc",
                "Reference -> reference/index.adoc",
                "  Goals -> reference/goals.adoc",
                "apple -> b.adoc",
                "Banana -> c.adoc");
    }

    @Test
    void aPageWithoutATitleIsListedByItsFileName() {
        page("index.adoc", "");
        page("notes/release-notes.adoc", "");
        page("notes/a&b.adoc", "");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "index -> index.adoc",
                "Notes -> null",
                "  a&amp;b -> notes/a&b.adoc",
                "  release-notes -> notes/release-notes.adoc");
    }

    @Test
    void aFileNameShowsAsWrittenWhateverItsCharacters() {
        page("notes/it's <b> & \"q\".adoc", "");

        String title = Navigation.fromPages(pages).items().get(0).children().get(0).title();

        assertThat(title).isEqualTo("it&#39;s &lt;b&gt; &amp; &quot;q&quot;");
        Element link = Jsoup.parse("<a title='" + title + "' href=x>" + title + "</a>").selectFirst("a");
        assertThat(link.text()).isEqualTo("it's <b> & \"q\"");
        assertThat(link.attr("title")).isEqualTo(link.text());
    }

    @Test
    void aFolderIndexWithoutATitleLeadsASectionNamedAfterTheFolder() {
        page("index.adoc", "Home");
        page("how-to/index.adoc", "");
        page("how-to/deploy.adoc", "Deploy");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "Home -> index.adoc",
                "How to -> how-to/index.adoc",
                "  Deploy -> how-to/deploy.adoc");
    }

    @Test
    void aTitleWithMarkupIsShownAsItsText() {
        page("index.adoc", "The <code>render</code> goal");

        assertThat(Navigation.fromPages(pages).items().get(0).title()).isEqualTo("The render goal");
    }

    @Test
    void theReadingOrderIsTheNavigationDepthFirstWithEachPageOnce() {
        page("index.adoc", "Home");
        page("guides/index.adoc", "Guides");
        page("guides/first.adoc", "First");
        page("zoo.adoc", "Zoo");
        Navigation navigation = new Navigation(List.of(
                new NavItem("Home", "index.adoc", List.of()),
                new NavItem("Guides", "guides/index.adoc", List.of(
                        new NavItem("First", "guides/first.adoc", List.of()),
                        new NavItem("Home again", "index.adoc", List.of()))),
                new NavItem("Zoo", "zoo.adoc", List.of())));

        assertThat(navigation.readingOrder()).containsExactly("index.adoc", "guides/index.adoc", "guides/first.adoc", "zoo.adoc");
        assertThat(Navigation.fromPages(pages).readingOrder())
                .containsExactly("index.adoc", "guides/index.adoc", "guides/first.adoc", "zoo.adoc");
    }

    private static final java.nio.file.Path DOCS = java.nio.file.Path.of("/docs");

    /** A page whose conversion followed these include directives, each {@code from -> file}, in order. */
    private void book(String path, String title, String navTitle, String... includes) {
        List<PageHeader.Include> directives = new java.util.ArrayList<>();
        for (String include : includes) {
            String[] ends = include.split(" -> ");
            directives.add(new PageHeader.Include(DOCS.resolve(ends[0]), DOCS.resolve(ends[1])));
        }
        pages.put(path, new PageHeader(title, NONE, new PageHeader.Outline(navTitle, true, true, false, directives, List.of(), List.of())));
    }

    private Navigation fromIncludes() {
        return Navigation.fromPages(pages, new IncludeGraph(DOCS, pages));
    }

    @Test
    void aPageListsThePagesItIncludesInIncludeOrderThroughChaptersButNotThroughOtherPages() {
        book("guide.adoc", "Guide", "", "guide.adoc -> parts/zeta.adoc", "guide.adoc -> chapters/one.adoc",
                "chapters/one.adoc -> parts/alpha.adoc", "guide.adoc -> parts/middle.adoc",
                "parts/middle.adoc -> parts/deep.adoc");
        page("parts/zeta.adoc", "Zeta");
        page("parts/alpha.adoc", "Alpha");
        book("parts/middle.adoc", "Middle", "", "parts/middle.adoc -> parts/deep.adoc");
        page("parts/deep.adoc", "Deep");
        page("other.adoc", "Other");

        assertThat(outline(fromIncludes())).containsExactly(
                "Guide -> guide.adoc",
                "  Zeta -> parts/zeta.adoc",
                "  Alpha -> parts/alpha.adoc",
                "  Middle -> parts/middle.adoc",
                "    Deep -> parts/deep.adoc",
                "Other -> other.adoc");
    }

    @Test
    void theSitesIndexListsThePagesItIncludesRightAfterItselfAndPagesIncludingEachOtherKeepAPlace() {
        book("index.adoc", "Home", "", "index.adoc -> b.adoc", "index.adoc -> a.adoc");
        book("a.adoc", "A", "", "a.adoc -> c.adoc");
        book("c.adoc", "C", "", "c.adoc -> a.adoc");
        page("b.adoc", "B");

        Navigation navigation = fromIncludes();

        assertThat(outline(navigation)).containsExactly(
                "Home -> index.adoc",
                "B -> b.adoc",
                "A -> a.adoc",
                "  C -> c.adoc");
        assertThat(navigation.home(pages.keySet())).isEqualTo("index.adoc");
    }

    @Test
    void aNavtitleLabelsThePageAndALongTitleLosesItsSubtitle() {
        book("index.adoc", "Hibernate Search 9.0.0-SNAPSHOT: Reference Documentation", "");
        book("api.adoc", "The Application Programming Interface", "API &amp; more");
        page("short.adoc", "Short: but kept");

        assertThat(outline(fromIncludes())).containsExactly(
                "Hibernate Search 9.0.0-SNAPSHOT -> index.adoc",
                "API &amp; more -> api.adoc",
                "Short: but kept -> short.adoc");
    }

    @Test
    void withoutAnIndexTheHomeIsTheFirstPageOfTheReadingOrder() {
        page("guides/b.adoc", "B", 1);
        page("guides/a.adoc", "A", 2);
        page("zed.adoc", "Zed");

        assertThat(Navigation.fromPages(pages).home(pages.keySet())).isEqualTo("guides/b.adoc");
    }

    @Test
    void longTitlesThatStartAlikeAreToldApartByTheirSubtitles() {
        page("migration/index.adoc", "Hibernate Search 9.0.0-SNAPSHOT: Migration Guide from 8.1");
        page("reference/index.adoc", "Hibernate Search 9.0.0-SNAPSHOT: Reference Documentation");

        assertThat(outline(Navigation.fromPages(pages))).containsExactly(
                "Migration Guide from 8.1 -> migration/index.adoc",
                "Reference Documentation -> reference/index.adoc");
    }
}
