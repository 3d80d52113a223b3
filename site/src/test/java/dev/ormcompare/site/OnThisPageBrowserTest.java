package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "On this page" navigation of a rendered long page in a real headless Chromium: the section in
 * view marked as the reader scrolls or follows a link by keyboard, the rail beside the text on a wide
 * screen, folded on a phone, gone in print, nothing moving. With {@code -Dormcompare.screenshots=DIR}
 * it also saves the page at 1280 and 390 px, light and dark, there.
 */
@Tag("browser")
class OnThisPageBrowserTest extends RenderedSiteBrowserTest {

    private static final String PAGE = "toc/target/site/guide/long.html";
    /** A page of so many sections that its list is taller than the window. */
    private static final String MANY = "toc/target/site/guide/many.html";


    @BeforeAll
    static void renderAndStart() throws IOException {
        DocsProject project = start("toc");
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
        project.write("src/docs/asciidoc/guide/long.adoc", LongPage.source("A long guide", "", 8));
        project.write("src/docs/asciidoc/guide/many.adoc", LongPage.source("A guide of many sections", "", 40));
        assertThat(project.render().problems()).isEmpty();
    }

    /** The hrefs of the links marked as current, in the "On this page" navigation. */
    @SuppressWarnings("unchecked")
    private static List<String> marked() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('.oc-toc [aria-current]'))"
                + ".map(function (a) { return a.getAttribute('href') + ' ' + a.getAttribute('aria-current'); })");
    }

    private static void scrollToHeading(String id) {
        browser.js("var h = document.getElementById(arguments[0]); scrollTo(0, h.getBoundingClientRect().top + scrollY - 120)", id);
    }

    private static void waitForMark(String href) {
        browser.waitUntil("var a = document.querySelector('.oc-toc [aria-current]');"
                + " return a != null && a.getAttribute('href') === '" + href + "'");
    }

    @Test
    void theSectionInViewIsMarkedAsTheReaderScrollsDownAndBackUp() {
        browser.open(PAGE, 1280);
        waitForMark("#_section_1"); // its heading is near the window's top

        scrollToHeading("_section_3");
        waitForMark("#_section_3");
        scrollToHeading("_part_5_2");
        waitForMark("#_part_5_2");
        browser.js("scrollBy(0, 300)");
        waitForMark("#_part_5_2");
        scrollToHeading("_section_2");
        waitForMark("#_section_2");
        browser.js("scrollTo(0, 0)");
        waitForMark("#_section_1");

        scrollToHeading("_section_8");
        waitForMark("#_section_8");
        assertThat(marked()).containsExactly("#_section_8 true");
    }

    @Test
    void onAWideScreenTheRailIsBesideTheTextUnfoldedAndStaysInView() {
        browser.open(PAGE, 1280);

        // Selenium takes a closed <details>' content for hidden whatever the CSS: asked of the page instead.
        assertThat(browser.js("var a = document.querySelector('.oc-toc a[href=\"#_section_8\"]'), r = a.getBoundingClientRect();"
                + " return document.elementFromPoint(r.left + 10, r.top + r.height / 2) === a")).as("unfolded").isEqualTo(true);
        assertThat(browser.find(".oc-toc summary").isDisplayed()).as("nothing to unfold").isFalse();
        browser.js("scrollTo(0, 6000)");
        double top = ((Number) browser.js("return document.querySelector('.oc-toc').getBoundingClientRect().top")).doubleValue();
        assertThat(top).as("top of the rail in the window").isBetween(40.0, 200.0);
        assertThat((Boolean) browser.js("var t = document.querySelector('.oc-toc').getBoundingClientRect(),"
                + " d = document.querySelector('.oc-doc > .sect1').getBoundingClientRect(); return t.left >= d.right"))
                .as("right of the text").isTrue();
        assertThat(browser.js("return document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth")).isEqualTo(true);
    }

    @Test
    void onAPhoneItIsFoldedUnderTheTitleAndUnfoldsOnAClick() {
        browser.open(PAGE, 390);

        assertThat(browser.find(".oc-toc a[href='#_section_1']").isDisplayed()).as("folded").isFalse();
        assertThat((Boolean) browser.js("return document.querySelector('h1').getBoundingClientRect().bottom"
                + " <= document.querySelector('.oc-toc').getBoundingClientRect().top")).as("under the title").isTrue();
        browser.click(".oc-toc summary");

        assertThat(browser.find(".oc-toc a[href='#_section_1']").isDisplayed()).isTrue();
        browser.click(".oc-toc a[href='#_section_4']");
        waitForMark("#_section_4");
        assertThat(browser.js("return document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth")).isEqualTo(true);
    }

    @Test
    void aLinkFollowedByKeyboardMarksItsSectionAndTheLandmarkIsNamed() {
        browser.open(PAGE, 1280);
        browser.js("document.querySelector('.oc-toc a[href=\"#_part_3_1\"]').focus()");

        browser.press(Keys.TAB, Keys.ENTER);

        assertThat(browser.js("return location.hash")).isEqualTo("#_part_3_2");
        waitForMark("#_part_3_2");
        assertThat(browser.js("return document.querySelector('nav.oc-toc').getAttribute('aria-label')")).isEqualTo("On this page");
    }

    @Test
    void scrollingThroughTheWholePageMovesNothing() {
        for (int width : new int[] {1280, 390}) {
            browser.open(PAGE, width);
            browser.js("window.shifts = 0; new PerformanceObserver(function (list) {"
                    + " list.getEntries().forEach(function (e) { window.shifts += e.value; }); })"
                    + ".observe({type: 'layout-shift', buffered: true})");
            for (int section = 1; section <= 8; section++) {
                scrollToHeading("_section_" + section);
                waitForMark("#_section_" + section);
            }

            assertThat(((Number) browser.js("return window.shifts")).doubleValue()).as("layout shift at " + width).isZero();
        }
    }

    @Test
    void printHidesIt() {
        browser.open(PAGE, 1280);

        browser.emulateMedia("print");

        assertThat(browser.computed(".oc-toc", "display")).isEqualTo("none");
        assertThat(browser.computed(".oc-main", "padding-right")).isEqualTo("0px");
    }

    @Test
    void axeFindsNoViolationInLightOrDarkWithASectionMarked() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 390}) {
                browser.prefersColorScheme(scheme);
                browser.open(PAGE, width);
                scrollToHeading("_section_2");
                if (width == 1280) {
                    waitForMark("#_section_2");
                }

                assertThat(browser.axeViolations()).as("axe-core, " + scheme + " at " + width).isEmpty();
            }
        }
    }

    @Test
    void aListTallerThanTheWindowScrollsInItsOwnBoxReachedByKeyboard() {
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            browser.open(MANY, 1280);
            browser.waitUntil("var t = document.querySelector('.oc-toc'); return t.scrollHeight > t.clientHeight && t.tabIndex === 0");

            assertThat(browser.axeViolations()).as("axe-core, " + scheme).isEmpty();
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ormcompare.screenshots", matches = ".+")
    void screenshots() {
        String shots = System.getProperty("ormcompare.screenshots");
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            for (int width : new int[] {1280, 390}) {
                int height = width < 600 ? 844 : 900;
                browser.open(PAGE, width);
                browser.screenshot(Path.of(shots, "toc-top-" + width + "-" + scheme + ".png"), 0, height);
                if (width < 600) {
                    browser.click(".oc-toc summary");
                    browser.screenshot(Path.of(shots, "toc-open-" + width + "-" + scheme + ".png"), 0, height);
                }
                scrollToHeading("_part_4_2");
                waitForMark("#_part_4_2");
                long y = (Long) browser.js("return Math.round(scrollY)");
                browser.screenshot(Path.of(shots, "toc-scrolled-" + width + "-" + scheme + ".png"), (int) y, height);
            }
        }
    }
}
