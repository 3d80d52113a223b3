package dev.ormcompare.site.compose;

import dev.ormcompare.site.ThemeBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The site theme (theme.css, theme.js) on the fixture page, in a real headless Chromium. */
@Tag("browser")
class SiteThemeBrowserTest {

    private static final String PAGE_BACKGROUND = "body";
    private static final String WHITE = "rgb(255, 255, 255)";
    private static final String DARK = "rgb(13, 17, 23)";

    private static ThemeBrowser browser;

    @BeforeAll
    static void startBrowser() {
        browser = ThemeBrowser.start();
    }

    @AfterEach
    void noScriptErrors() {
        try {
            assertThat(browser.scriptErrors()).as("script errors on the fixture page").isEmpty();
        } finally {
            browser.reset();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void followsTheSystemsColourScheme() {
        browser.prefersColorScheme("light");
        browser.openFixture(1280);
        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(WHITE);
        assertThat(browser.find(".oc-theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("false");

        browser.prefersColorScheme("dark");
        browser.openFixture(1280);
        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(DARK);
        assertThat(browser.find(".oc-theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.js("return document.documentElement.dataset.theme")).as("no choice stored").isNull();
    }

    @Test
    void theToggleSwitchesAndIsRememberedAcrossAReload() {
        browser.prefersColorScheme("light");
        browser.openFixture(1280);

        browser.find(".oc-theme-toggle").click();

        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(DARK);
        assertThat(browser.find(".oc-theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("true");
        browser.reload();
        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(DARK);
        assertThat(browser.find(".oc-theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("true");

        browser.find(".oc-theme-toggle").click();
        browser.reload();
        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(WHITE);
        assertThat(browser.js("return localStorage.getItem('ormcompare-theme')")).isEqualTo("light");
    }

    @Test
    void theChoiceWinsOverTheSystemsScheme() {
        browser.prefersColorScheme("dark");
        browser.openFixture(1280);
        browser.js("localStorage.setItem('ormcompare-theme', 'light')");

        browser.reload();

        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(WHITE);
        assertThat(browser.find(".oc-theme-toggle").getDomAttribute("aria-pressed")).isEqualTo("false");
    }

    /** The stored scheme is on the page when the parser meets the body's first element: before any paint. */
    @Test
    void theStoredChoiceIsAppliedBeforeTheBodyIsParsed() {
        browser.prefersColorScheme("light");
        browser.openFixture(1280);
        browser.js("localStorage.setItem('ormcompare-theme', 'dark')");
        browser.beforePageScripts("""
                new MutationObserver(function (mutations, observer) {
                  if (document.body && !window.themeAtBody) {
                    window.themeAtBody = {theme: document.documentElement.dataset.theme || 'none',
                      js: document.documentElement.classList.contains('oc-js'), state: document.readyState};
                    observer.disconnect();
                  }
                }).observe(document, {childList: true, subtree: true});
                """);

        browser.reload();

        assertThat(browser.js("return window.themeAtBody"))
                .isEqualTo(Map.of("theme", "dark", "js", true, "state", "loading"));
    }

    @Test
    void noRequestLeavesTheSite() {
        browser.openFixture(1280);
        browser.find(".oc-theme-toggle").click();
        browser.find("#ormcompare-apply-prisma-tab").click();

        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.js(
                "return performance.getEntries().map(function (e) { return e.name; })"
                        + ".filter(function (n) { return /^[a-z]+:/.test(n); })");
        assertThat(requested).as("everything the page loaded").isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
        assertThat(requested).anySatisfy(url -> assertThat(url).endsWith("/ormcompare-assets/theme.css"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void nothingScrollsThePageSidewaysAt360Pixels(String scheme) {
        browser.prefersColorScheme(scheme);
        browser.openFixture(360);

        assertThat(browser.js("return document.documentElement.clientWidth")).isEqualTo(360L);
        assertThat(browser.js("return document.documentElement.scrollWidth")).as("page width").isEqualTo(360L);
        // The wide table and the long code line scroll in their own boxes, which the keyboard can reach.
        assertThat(browser.js("var t = document.querySelector('table.tableblock'); return t.scrollWidth > t.clientWidth"))
                .isEqualTo(true);
        assertThat(browser.find("table.tableblock").getDomAttribute("tabindex")).isEqualTo("0");
        // A long site name is cut in the header rather than widen it.
        browser.js("document.querySelector('.oc-name').textContent = 'The Extraordinarily Long Name of a Documentation Site'");
        assertThat(browser.js("return document.documentElement.scrollWidth")).as("page width, long site name").isEqualTo(360L);
        assertThat(browser.js("return document.querySelector('.oc-theme-toggle').getBoundingClientRect().right"))
                .as("right edge of the theme toggle").matches(right -> ((Number) right).doubleValue() <= 360);
    }

    @ParameterizedTest
    @CsvSource({"light, 1280", "dark, 1280", "light, 1440", "dark, 1440"})
    void axeFindsNoViolations(String scheme, int width) {
        browser.prefersColorScheme(scheme);
        browser.openFixture(width);

        assertThat(browser.axeViolations()).as("axe-core violations in " + scheme + " at " + width + " px").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeFindsNoViolationsOnAPhoneWithTheNavOpen(String scheme) {
        browser.prefersColorScheme(scheme);
        browser.openFixture(390);
        browser.find(".oc-nav-toggle").click();

        assertThat(browser.axeViolations()).as("axe-core violations in " + scheme + " at 390 px").isEmpty();
    }

    @Test
    void theNavFoldsBehindTheMenuButtonAndOpensByKeyboardAt390Pixels() {
        browser.openFixture(390);
        assertThat(browser.find("#oc-nav").isDisplayed()).as("nav shown before opening").isFalse();

        browser.press(Keys.TAB, Keys.TAB);
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("oc-nav-toggle");
        browser.press(Keys.ENTER);

        assertThat(browser.find("#oc-nav").isDisplayed()).isTrue();
        assertThat(browser.find(".oc-nav-toggle").getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.js("return document.activeElement.closest('#oc-nav') != null")).as("focus in the nav").isEqualTo(true);

        browser.press(Keys.ESCAPE);

        assertThat(browser.find("#oc-nav").isDisplayed()).isFalse();
        assertThat(browser.find(".oc-nav-toggle").getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("oc-nav-toggle");
    }

    @Test
    void tabbingOutOfTheOpenNavClosesIt() {
        browser.openFixture(390);
        browser.find(".oc-nav-toggle").click();
        browser.js("document.querySelector('#oc-nav a[href$=\"changes.html\"]').focus()");

        browser.press(Keys.TAB);

        assertThat(browser.find("#oc-nav").isDisplayed()).isFalse();
        assertThat(browser.find(".oc-nav-toggle").getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void withoutScriptTheNavStaysOpenAndTheButtonsAreNotShown() {
        browser.scriptsEnabled(false);
        browser.openFixture(390);

        assertThat(browser.find("#oc-nav").isDisplayed()).isTrue();
        assertThat(browser.find(".oc-nav-toggle").isDisplayed()).isFalse();
        assertThat(browser.find(".oc-theme-toggle").isDisplayed()).isFalse();
        assertThat(browser.js("return document.documentElement.scrollWidth")).isEqualTo(390L);
    }

    @Test
    void fromDiskTheChoiceIsRememberedAndNothingIsRequestedButFiles() {
        browser.prefersColorScheme("light");
        browser.open(browser.fixtureFileUrl());
        browser.find(".oc-theme-toggle").click();

        browser.reload();

        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(DARK);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.js(
                "return performance.getEntries().map(function (e) { return e.name; })"
                        + ".filter(function (n) { return /^[a-z]+:/.test(n); })");
        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("file:"));
        browser.js("localStorage.clear()");
    }

    @Test
    void onAVeryWideScreenThePageTableOfContentsStaysInViewBesideTheText() {
        browser.openFixture(1440);

        browser.js("scrollTo(0, 3000)");

        double top = ((Number) browser.js("return document.querySelector('.oc-toc').getBoundingClientRect().top")).doubleValue();
        assertThat(top).as("top of the table of contents in the window").isBetween(40.0, 200.0);
        assertThat((Boolean) browser.js("var t = document.querySelector('.oc-toc').getBoundingClientRect(),"
                + " d = document.querySelector('.oc-doc > .sect1').getBoundingClientRect(); return t.left >= d.right"))
                .as("right of the text").isTrue();
        assertThat(browser.js("return document.documentElement.scrollWidth")).isEqualTo(1440L);
    }

    @Test
    void onAWideScreenTheNavIsAlwaysShownAndTheMenuButtonIsNot() {
        browser.openFixture(1280);

        assertThat(browser.find("#oc-nav").isDisplayed()).isTrue();
        assertThat(browser.find(".oc-nav-toggle").isDisplayed()).isFalse();
    }

    @Test
    void withoutStorageTheToggleStillWorks() {
        browser.beforePageScripts("""
                Object.defineProperty(window, 'localStorage', {get: function () {
                  throw new DOMException('storage is disabled', 'SecurityError');
                }});
                """);
        browser.prefersColorScheme("light");
        browser.openFixture(1280);

        browser.find(".oc-theme-toggle").click();

        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(DARK);
    }

    @Test
    void printingShowsOnlyTheDocumentInLightColours() {
        browser.prefersColorScheme("dark");
        browser.openFixture(1280);
        browser.js("localStorage.setItem('ormcompare-theme', 'dark')");
        browser.reload();
        browser.emulateMedia("print");

        for (String chrome : List.of(".oc-header", "#oc-nav", ".oc-pagination", ".oc-footer")) {
            assertThat(browser.computed(chrome, "display")).as(chrome).isEqualTo("none");
        }
        assertThat(browser.computed(PAGE_BACKGROUND, "background-color")).isEqualTo(WHITE);
        assertThat(browser.computed(".oc-doc", "max-width")).isEqualTo("none");
    }

    @Test
    void theTabsTakeTheThemesAccentColour() {
        browser.prefersColorScheme("light");
        browser.openFixture(1280);
        String accent = browser.computed(".oc-doc p a[href='#compare']", "color");

        assertThat(browser.computed("#ormcompare-apply [aria-selected=true]", "border-bottom-color")).isEqualTo(accent);
        browser.find(".oc-theme-toggle").click();
        assertThat(browser.computed("#ormcompare-apply [aria-selected=true]", "border-bottom-color"))
                .isEqualTo(browser.computed(".oc-doc p a[href='#compare']", "color")).isNotEqualTo(accent);
    }
}
