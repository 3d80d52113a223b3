package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyboard of the WAI-ARIA Authoring Practices tabs pattern, in a real browser. */
@Tag("browser")
class TabsKeyboardBrowserTest extends RealBrowserTest {

    private static final String BLOCK = "ormcompare-apply";
    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("keyboard", "", "Before the tabs.\n\normcompare::apply[orms=\"django,sqlalchemy,prisma\"]\n\n"
                + "After the tabs, link:#top[a link].\n");
    }

    /** Reaches the tab list the way a keyboard user does: Tab from the text before it, past the block's switch. */
    @BeforeEach
    void tabIntoTheTabList() {
        browser.open(url);
        browser.click("#content > .paragraph p");
        browser.press(Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("<button class=\"ormcompare-view\">Side by side");
        browser.press(Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-django-tab");
    }

    @Test
    void arrowRightMovesFocusToTheNextTabAndSelectsItWrappingFromLastToFirst() {
        browser.press(Keys.ARROW_RIGHT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-sqlalchemy-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("sqlalchemy");
        assertThat(visiblePanels(BLOCK)).containsExactly("sqlalchemy");

        browser.press(Keys.ARROW_RIGHT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-prisma-tab");
        assertThat(visiblePanels(BLOCK)).containsExactly("prisma");

        browser.press(Keys.ARROW_RIGHT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-django-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("django");
        assertThat(visiblePanels(BLOCK)).containsExactly("django");
    }

    @Test
    void arrowLeftMovesFocusToThePreviousTabAndSelectsItWrappingFromFirstToLast() {
        browser.press(Keys.ARROW_LEFT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-prisma-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("prisma");
        assertThat(visiblePanels(BLOCK)).containsExactly("prisma");

        browser.press(Keys.ARROW_LEFT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-sqlalchemy-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("sqlalchemy");
        assertThat(visiblePanels(BLOCK)).containsExactly("sqlalchemy");
    }

    @Test
    void endSelectsTheLastTabAndHomeTheFirst() {
        browser.press(Keys.END);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-prisma-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("prisma");
        assertThat(visiblePanels(BLOCK)).containsExactly("prisma");

        browser.press(Keys.HOME);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-django-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("django");
        assertThat(visiblePanels(BLOCK)).containsExactly("django");
    }

    @Test
    void arrowUpAndArrowDownLeaveTheTabsAlone() {
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ARROW_UP);

        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-django-tab");
        assertThat(selectedOrm(BLOCK)).isEqualTo("django");
        assertThat(visiblePanels(BLOCK)).containsExactly("django");
    }

    @Test
    void theFocusedTabShowsAFocusRingWhenReachedByTabAndByArrows() {
        assertFocusRingOnFocusedElement();

        browser.press(Keys.ARROW_RIGHT);

        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-sqlalchemy-tab");
        assertFocusRingOnFocusedElement();
    }

    @Test
    void tabFromTheSelectedTabReachesItsPanelWhichIsFocusable() {
        browser.press(Keys.ARROW_RIGHT);

        browser.press(Keys.TAB);

        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-sqlalchemy");
        assertThat(browser.find("#ormcompare-apply-sqlalchemy").getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(visiblePanels(BLOCK)).containsExactly("sqlalchemy");
    }

    @Test
    void theTabSequenceSkipsThePanelsThatAreNotShown() {
        browser.press(Keys.END);

        browser.press(Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-prisma");
        browser.press(Keys.TAB);
        assertThat(browser.js("return document.activeElement.matches('#ormcompare-apply-prisma .ormcompare-copy')"))
                .as("the shown panel's copy button").isEqualTo(true);
        browser.press(Keys.TAB);
        assertThat(browser.js("return document.activeElement.getAttribute('href')")).as("the link after the block")
                .isEqualTo("#top");
        browser.press(Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-prisma-tab");
    }

    private static void assertFocusRingOnFocusedElement() {
        assertThat(browser.js("return document.activeElement.matches(':focus-visible')")).isEqualTo(true);
        assertThat(browser.js("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        assertThat(browser.js("return parseFloat(getComputedStyle(document.activeElement).outlineWidth)"))
                .isNotEqualTo(0L).isNotEqualTo(0.0);
    }
}
