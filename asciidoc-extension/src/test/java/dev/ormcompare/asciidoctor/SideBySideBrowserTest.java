package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** "Side by side" shows a block's panels in columns when there is room, stacked when not. */
@Tag("browser")
class SideBySideBrowserTest extends RealBrowserTest {

    private static final String BLOCK = "ormcompare-apply";
    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("columns", ":ormcompare-picker:", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms="django,prisma"]

                %s
                """.formatted(filler(10)));
    }

    /**
     * It comes before the tab list in the page, so that Tab goes from the selected tab to its panel; and it
     * is drawn there too, so that the focus moves the way the reader sees the bar.
     */
    @Test
    void theSideBySideSwitchIsDrawnBeforeTheTabsWhereItIsInTabOrder() {
        browser.open(url);

        double switchRight = ((Number) browser.js("return document.querySelector('#ormcompare-apply .ormcompare-view')"
                + ".getBoundingClientRect().right")).doubleValue();
        double tabsLeft = ((Number) browser.js("return document.querySelector('#ormcompare-apply-django-tab')"
                + ".getBoundingClientRect().left")).doubleValue();
        assertThat(switchRight).isLessThanOrEqualTo(tabsLeft);
        assertThat(viewportTop("#ormcompare-apply .ormcompare-view")).isCloseTo(viewportTop("#ormcompare-apply-prisma-tab"),
                within(8.0));
    }

    @Test
    void sideBySideShowsEveryPanelOfABlockInColumnsOnAWideWindow() {
        browser.open(url);

        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-view')].map(b => b.ariaPressed)"))
                .isEqualTo(List.of("true", "true"));
        assertThat(visiblePanels(BLOCK)).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visibleTitles(BLOCK)).as("each column titled with its ORM").containsExactly("django", "sqlalchemy", "prisma");
        List<Map<String, Number>> boxes = panelBoxes();
        assertThat(boxes).extracting(box -> box.get("top").doubleValue())
                .allSatisfy(top -> assertThat(top).isCloseTo(boxes.get(0).get("top").doubleValue(), within(1.0)));
        assertThat(boxes).extracting(box -> box.get("left").doubleValue()).doesNotHaveDuplicates();
    }

    @Test
    void sideBySideStacksThePanelsOnANarrowWindow() {
        browser.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        browser.open(url);

        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(visiblePanels(BLOCK)).containsExactly("django", "sqlalchemy", "prisma");
        List<Map<String, Number>> boxes = panelBoxes();
        assertThat(boxes).extracting(box -> box.get("left").doubleValue())
                .allSatisfy(left -> assertThat(left).isCloseTo(boxes.get(0).get("left").doubleValue(), within(1.0)));
        assertThat(boxes).extracting(box -> box.get("top").doubleValue()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void sideBySidePutsEveryShownPanelInTheTabSequenceAndTabsViewOnlyTheSelectedOne() {
        browser.open(url);

        browser.click("#ormcompare-apply .ormcompare-view");
        assertThat(panelTabIndexes()).containsExactly(0L, 0L, 0L);

        browser.click("#ormcompare-apply .ormcompare-view");
        assertThat(panelTabIndexes()).containsExactly(0L, -1L, -1L);
    }

    @Test
    void sideBySideIsKeptAfterAReload() {
        browser.open(url);
        browser.click("#ormcompare-apply .ormcompare-view");

        browser.reload();

        assertThat(browser.find("#ormcompare-apply .ormcompare-view").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(visiblePanels(BLOCK)).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("django", "prisma");
    }

    /** Also after choosing an ORM, whose panel alone is shown early in tabs view. */
    @Test
    void sideBySideIsShownBeforeThePageScriptInitialisesThePage() {
        browser.open(url);
        browser.click("#ormcompare-apply-prisma-tab");
        browser.click("#ormcompare-apply .ormcompare-view");
        recordPanelsAsParsed();

        browser.open(url);

        assertThat(panelsAsParsed()).containsOnly(Map.entry("ormcompare-apply-django", "block"),
                Map.entry("ormcompare-apply-sqlalchemy", "block"), Map.entry("ormcompare-apply-prisma", "block"),
                Map.entry("ormcompare-status-django", "block"), Map.entry("ormcompare-status-prisma", "block"));
    }

    @Test
    void clickingSideBySideAgainReturnsToTabs() {
        browser.open(url);
        browser.click("#ormcompare-apply .ormcompare-view");

        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(browser.find("#ormcompare-apply .ormcompare-view").getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(visiblePanels(BLOCK)).containsExactly("django");
        assertThat(visibleTabs(BLOCK)).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visibleTitles(BLOCK)).isEmpty();
        browser.reload();
        assertThat(visiblePanels(BLOCK)).containsExactly("django");
    }

    @Test
    void sideBySideLeavesOutTheOrmsThePickerFilteredOut() {
        browser.open(url);
        browser.click(".ormcompare-picker [data-orm=django]");
        browser.click(".ormcompare-picker [data-orm=prisma]");

        browser.click("#ormcompare-apply .ormcompare-view");

        assertThat(visiblePanels(BLOCK)).containsExactly("django", "prisma");
        assertThat(computedStyle("#ormcompare-apply-sqlalchemy", "display")).isEqualTo("none");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> panelTabIndexes() {
        return (List<Long>) browser.js("return [...document.querySelectorAll('#ormcompare-apply [role=tabpanel]')]"
                + ".map(p => p.tabIndex)");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Number>> panelBoxes() {
        return (List<Map<String, Number>>) browser.js("return [...document.querySelectorAll('#ormcompare-apply [role=tabpanel]')]"
                + ".map(p => p.getBoundingClientRect()).map(r => ({top: r.top, left: r.left}))");
    }
}
