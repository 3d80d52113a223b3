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
}
