package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Side by side in a page styled as a skin would (here no Asciidoctor stylesheet, and code with
 * no padding or margin, as in the Maven site's Fluido skin): the Copy button covers no code, and
 * a block has as many columns as ORMs shown.
 */
@Tag("browser")
class SideBySideInAnySkinBrowserTest extends RealBrowserTest {

    /** A skin's rules for code, as Fluido's: the text starts at the very edge of the pre. */
    private static final String SKIN = """
            ++++
            <style>
            body { margin: 0 20px; font: 14px/20px sans-serif; }
            pre { padding: 0 !important; margin: 0 !important; border: 0 !important; font: 13px/20px monospace; }
            </style>
            ++++
            """;
    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("skinned", ":stylesheet!:", SKIN + """

                ormpicker::[]

                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms="django,prisma"]
                """);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theCopyButtonCoversNoCodeSideBySide(int width) {
        browser.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.open(url);
        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(visiblePanels("ormcompare-apply")).hasSize(3);
        assertThat(copyButtonsOverFirstLines()).as("panels whose Copy button covers the first line of code").isEmpty();
    }

    @Test
    void theCopyButtonCoversNoCodeInTabs() {
        browser.open(url);

        assertThat(copyButtonsOverFirstLines()).as("panels whose Copy button covers the first line of code").isEmpty();
    }

    @Test
    void aBlockHasAColumnPerOrmShown() {
        browser.open(url);
        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(columns("ormcompare-apply")).isEqualTo(3);
        assertThat(columns("ormcompare-status")).as("two ORMs, two columns").isEqualTo(2);
        assertPanelsFillTheBlock("ormcompare-status");

        browser.click(".ormcompare-picker [data-orm=django]");
        browser.click(".ormcompare-picker [data-orm=prisma]");

        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django", "prisma");
        assertThat(columns("ormcompare-apply")).as("two of three picked, two columns").isEqualTo(2);
        assertPanelsFillTheBlock("ormcompare-apply");
    }

    @Test
    void aNarrowWindowStacksEvenTwoOrms() {
        browser.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.open(url);
        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(columns("ormcompare-apply")).isEqualTo(1);
        assertThat(columns("ormcompare-status")).isEqualTo(1);
    }

    /**
     * The ids of the shown panels whose Copy button overlaps the first line of their code: the
     * box of a Range from the start of the code's text to its first line break.
     */
    @SuppressWarnings("unchecked")
    private static List<String> copyButtonsOverFirstLines() {
        return (List<String>) browser.js("""
                return [...document.querySelectorAll('.ormcompare-panel')].filter(panel => {
                  var pre = panel.querySelector('pre'), button = panel.querySelector('.ormcompare-copy');
                  if (!pre.checkVisibility()) return false;
                  var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), range = document.createRange(), node;
                  range.setStart(walker.nextNode(), 0);
                  for (node = walker.currentNode; node; node = walker.nextNode()) {
                    range.setEnd(node, node.data.indexOf('\\n') >= 0 ? node.data.indexOf('\\n') : node.data.length);
                    if (node.data.indexOf('\\n') >= 0) break;
                  }
                  var line = range.getBoundingClientRect(), b = button.getBoundingClientRect();
                  if (line.width == 0 || b.width == 0) throw new Error('nothing to measure in ' + panel.id);
                  return b.left < line.right && line.left < b.right && b.top < line.bottom && line.top < b.bottom;
                }).map(panel => panel.id);
                """);
    }

    private static long columns(String blockId) {
        return (Long) browser.js("return getComputedStyle(document.querySelector('#' + arguments[0] + ' > .content'))"
                + ".gridTemplateColumns.split(' ').filter(track => parseFloat(track) > 0).length", blockId);
    }

    /** The last shown panel ends where the block ends: no empty column after it. */
    private static void assertPanelsFillTheBlock(String blockId) {
        double blockRight = ((Number) browser.js("return document.querySelector('#' + arguments[0] + ' > .content')"
                + ".getBoundingClientRect().right", blockId)).doubleValue();
        double lastRight = ((Number) browser.js("return Math.max(...[...document.querySelectorAll('#' + arguments[0]"
                + " + ' [role=tabpanel]')].filter(p => p.checkVisibility()).map(p => p.getBoundingClientRect().right))",
                blockId)).doubleValue();
        assertThat(lastRight).isCloseTo(blockRight, within(2.0));
    }
}
