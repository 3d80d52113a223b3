package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long code lines and wide tables wherever AsciiDoc can put them (a callout list, a table cell, an
 * admonition, nested lists, a sidebar, an example, a definition list), rendered and opened in a real
 * headless Chromium: each scrolls in its own box, the page never sideways. With {@code
 * -Dormcompare.screenshots=DIR} the whole page is saved there too, at each width and scheme.
 */
@Tag("browser")
class OverflowBrowserTest extends RenderedSiteBrowserTest {

    private static final String PAGE = "overflow/target/site/wide.html";
    private static final String LONG = "SELECT orders.id, orders.placed_at, customers.name FROM orders JOIN customers ON customers.id"
            + " = orders.customer_id WHERE orders.placed_at > now() - interval '30 days' ORDER BY orders.placed_at DESC";


    @BeforeAll
    static void renderAndStart() throws IOException {
        DocsProject project = start("overflow");
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
        project.write("src/docs/asciidoc/wide.adoc", page());
        assertThat(project.render().problems()).isEmpty();
    }

    private static String page() {
        String listing = "[source,sql]\n----\n" + LONG + "\n----\n";
        String identifier = "spring.jpa.properties.hibernate.jdbc.batch_versioned_data.and.an.even.longer.property.name.without.spaces";
        return "= Wide things\n\n== Callouts\n\n[source,sql]\n----\n" + LONG + " <1>\n----\n"
                + "<1> The query; below it, another:\n+\n" + listing + "\n"
                + "== Table\n\n[cols=\"1,3\"]\n|===\n|Query |Text\n\n|recent\na|\n" + listing + "|===\n\n"
                + "[%autowidth]\n|===\n" + "|column with words ".repeat(14) + "\n\n" + "|a value ".repeat(14) + "\n|===\n\n"
                + "== Admonition\n\n[NOTE]\n====\nThe query:\n\n" + listing + "====\n\n"
                + "== Nested lists\n\n* one\n** two\n*** three\n+\n" + listing + "\n. first\n.. second\n+\n" + listing + "\n"
                + "== Sidebar\n\n****\nA sidebar.\n\n" + listing + "****\n\n"
                + "== Example\n\n====\n" + listing + "====\n\n"
                + "== Definitions\n\nterm:: definition\n+\n" + listing + "\n"
                + "lone term " + identifier + ":: " + identifier + "\n\n"
                + "== Inline\n\nA long `" + identifier + "` in text, and a link https://example.com/" + identifier + "/" + identifier + "[].\n";
    }

    @org.junit.jupiter.api.Test
    void aTableWiderThanThePhoneFadesWhereMoreOfItIsUntilScrolledToItsEnd() {
        browser.open(PAGE, 390);
        String wide = ".oc-doc table.tableblock:last-of-type";
        browser.waitUntil("return document.querySelector('" + wide + "').tabIndex === 0");

        assertThat(browser.computed(wide, "mask-image")).as("a fade on the right").contains("linear-gradient");
        assertThat(browser.computed(wide, "--oc-fade-right")).isNotEqualTo("0px");
        assertThat(browser.computed(wide, "--oc-fade-left")).isEqualTo("0px");
        String shots = System.getProperty("ormcompare.screenshots", "");
        if (!shots.isBlank()) {
            long top = (Long) browser.js("return Math.round(document.querySelector('" + wide + "').getBoundingClientRect().top + scrollY - 100)");
            browser.screenshot(Path.of(shots, "overflow-table-390.png"), (int) top, 300);
        }
        browser.js("var t = document.querySelector('" + wide + "'); t.scrollLeft = t.scrollWidth");
        browser.waitUntil("return getComputedStyle(document.querySelector('" + wide + "')).getPropertyValue('--oc-fade-right') === '0px'");
        assertThat(browser.computed(wide, "--oc-fade-left")).isNotEqualTo("0px");

        browser.open(PAGE, 1280);
        assertThat(browser.computed(".oc-doc .sect1:nth-of-type(2) table.tableblock", "mask-image")).as("a table that fits")
                .isEqualTo("none");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void thePageNeverScrollsSidewaysAndEveryListingScrollsInItsOwnBox(int width) {
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            browser.open(PAGE, width);

            assertThat(browser.js("var s = document.scrollingElement; return s.scrollWidth + ' <= ' + s.clientWidth"))
                    .as("the page's width, " + scheme).isEqualTo(width + " <= " + width);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.js(
                    "return Array.from(document.querySelectorAll('.oc-doc pre, .oc-doc table.tableblock')).map(function (b) {"
                    + " var r = b.getBoundingClientRect(); return {where: b.closest('.sect1').querySelector('h2').textContent"
                    + " + ' ' + b.tagName, right: Math.ceil(r.right), scrolls: b.scrollWidth > b.clientWidth,"
                    + " stop: b.tabIndex === 0}; })");
            assertThat(boxes).hasSizeGreaterThanOrEqualTo(10).allSatisfy(box -> {
                assertThat(((Number) box.get("right")).intValue()).as(box.get("where") + ": right edge").isLessThanOrEqualTo(width);
            });
            assertThat(boxes).filteredOn(box -> box.get("where").toString().endsWith("PRE"))
                    .allSatisfy(box -> assertThat(box).as("a listing scrolls, reachable by keyboard")
                            .containsEntry("scrolls", true).containsEntry("stop", true));
            String shots = System.getProperty("ormcompare.screenshots", "");
            if (!shots.isBlank()) {
                long length = (Long) browser.js("return document.documentElement.scrollHeight");
                browser.screenshot(Path.of(shots, "overflow-" + width + "-" + scheme + ".png"), 0, (int) length);
            }
        }
    }
}
