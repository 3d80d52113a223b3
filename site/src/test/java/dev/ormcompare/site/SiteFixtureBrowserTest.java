package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture source site rendered by {@link SiteRenderer} with a real Asciidoctor, then opened page
 * by page in a real headless Chromium: the navigation, previous and next, the phone layout, what
 * the pages load, and axe-core over every page in both schemes.
 */
@Tag("browser")
class SiteFixtureBrowserTest extends RenderedSiteBrowserTest {

    @TempDir
    static Path directory;

    @BeforeAll
    static void renderAndStartBrowser() throws IOException {
        try (WarmConverters converters = new WarmConverters()) {
            SiteRenderer.Outcome outcome = SiteFixture.copyInto(new DocsProject(directory, converters)).render();
            assertThat(outcome.problems()).as("problems rendering the fixture").isEmpty();
        }
        browser = ThemeBrowser.serving(directory.resolve("target/site"));
    }

    @Test
    void everyPageListsEveryPageInNavOrderAndMarksItselfAlone() {
        List<String> everyPage = SiteFixture.NAV_ORDER.stream().map(browser::url).toList();
        for (String page : SiteFixture.NAV_ORDER) {
            browser.open(page, 1280);

            @SuppressWarnings("unchecked")
            List<String> listed = (List<String>) browser.js("return Array.from(document.querySelectorAll('nav#oc-nav a'))"
                    + ".map(function (a) { return a.href.split('#')[0]; })"
                    + ".filter(function (href, i, all) { return all.indexOf(href) === i; })");
            assertThat(listed).as("pages the nav of " + page + " lists").containsExactlyElementsOf(everyPage);
            // In the nav, and in the breadcrumbs of a page in a folder.
            assertThat(browser.js("return Array.from(document.querySelectorAll('#oc-nav [aria-current], .oc-breadcrumbs [aria-current]'))"
                    + ".map(function (a) { return a.getAttribute('aria-current') + ' ' + a.href; })"))
                    .as("marked as current on " + page).isEqualTo(java.util.Collections.nCopies(page.contains("/") ? 2 : 1,
                            "page " + browser.url(page)));
            assertThat(browser.js("var d = document.querySelector('[aria-current=page]').closest('details');"
                    + " return d == null || d.open")).as("the current page's section is open on " + page).isEqualTo(true);
        }
    }

    @Test
    void theNavIsALandmarkWithSectionsThatFold() {
        browser.open("reference/catalog.html", 1280);

        // The top level's headings start open; a section below starts open only on the way to the page.
        assertThat(browser.js("return Array.from(document.querySelectorAll('#oc-nav details > summary'))"
                + ".map(function (s) { return s.textContent + (s.parentElement.open ? ' open' : ' closed'); })"))
                .isEqualTo(List.of("Guides open", "Reference open", "Pages under Goals and parameters closed"));
        assertThat(browser.find("a[href='../reference/goals.html#render']").isDisplayed()).isFalse();

        browser.find("#oc-nav .oc-nav-led summary").click();
        browser.find("#oc-nav details summary").click();

        assertThat(browser.find("a[href='../reference/goals.html#render']").isDisplayed()).isTrue();
        assertThat(browser.find("a[href='../guides/install.html']").isDisplayed()).isFalse();
        assertThat(browser.js("return ['header', 'nav', 'main', 'footer'].map(function (tag) {"
                + " return document.querySelectorAll('body > ' + tag + ', body > .oc-layout > ' + tag).length; })"))
                .as("one header, nav, main and footer").isEqualTo(List.of(1L, 1L, 1L, 1L));
    }

    @Test
    void nextLeadsThroughThePagesInNavOrderAndPreviousBack() {
        List<String> forward = new ArrayList<>();
        browser.open(SiteFixture.NAV_ORDER.get(0), 1280);
        forward.add(browser.currentPath());
        while (!browser.findAll("a[rel=next]").isEmpty()) {
            browser.find("a[rel=next]").click();
            forward.add(browser.currentPath());
        }
        List<String> back = new ArrayList<>();
        back.add(browser.currentPath());
        while (!browser.findAll("a[rel=prev]").isEmpty()) {
            browser.find("a[rel=prev]").click();
            back.add(browser.currentPath());
        }

        assertThat(forward).containsExactlyElementsOf(SiteFixture.NAV_ORDER);
        List<String> backwards = new ArrayList<>(SiteFixture.NAV_ORDER);
        java.util.Collections.reverse(backwards);
        assertThat(back).containsExactlyElementsOf(backwards);
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesTheFocusToTheContent() {
        browser.open("guides/install.html", 1280);

        browser.press(org.openqa.selenium.Keys.TAB);
        assertThat(browser.js("return document.activeElement.textContent")).isEqualTo("Skip to content");
        browser.press(org.openqa.selenium.Keys.ENTER);

        assertThat(browser.js("return document.activeElement.id")).isEqualTo("oc-main");
    }

    @Test
    void theNavFoldsBehindTheMenuButtonAt390Pixels() {
        browser.open("reference/glossary.html", 390);
        assertThat(browser.find("#oc-nav").isDisplayed()).as("nav shown before opening").isFalse();
        assertThat(browser.find(".oc-nav-toggle").isDisplayed()).isTrue();

        browser.find(".oc-nav-toggle").click();

        assertThat(browser.find("#oc-nav").isDisplayed()).isTrue();
        assertThat(browser.find("#oc-nav [aria-current=page]").isDisplayed()).isTrue();
        assertThat(browser.js("return document.documentElement.scrollWidth")).isEqualTo(390L);
    }

    @Test
    void noRequestLeavesTheSite() {
        for (String page : SiteFixture.NAV_ORDER) {
            browser.open(page, 1280);
            browser.find(".oc-theme-toggle").click();
            if (!browser.findAll("[role=tab]").isEmpty()) {
                browser.findAll("[role=tab]").get(2).click();
            }

            assertThat(browser.requested()).as("everything " + page + " loaded").isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(browser.origin() + "/"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noPageScrollsSidewaysAt360Pixels(String scheme) {
        browser.prefersColorScheme(scheme);
        for (String page : SiteFixture.NAV_ORDER) {
            browser.open(page, 360);

            assertThat(browser.js("return document.documentElement.scrollWidth")).as("width of " + page).isEqualTo(360L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeFindsNoViolationsOnAnyPage(String scheme) {
        browser.prefersColorScheme(scheme);
        Map<String, List<String>> violations = new java.util.TreeMap<>();
        for (String page : SiteFixture.NAV_ORDER) {
            browser.open(page, 1280);
            List<String> found = browser.axeViolations();
            if (!found.isEmpty()) {
                violations.put(page, found);
            }
        }

        assertThat(violations).as("axe-core violations in " + scheme).isEmpty();
    }
}
