package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book fixture (see {@link BookFixtureRenderTest}) in a real headless Chromium: the copy button
 * every listing gets, the breadcrumbs, and axe-core over the pages in both schemes.
 */
@Tag("browser")
class BookFixtureBrowserTest extends RenderedSiteBrowserTest {

    @TempDir
    static Path directory;

    @BeforeAll
    static void renderAndStartBrowser() throws IOException {
        try (WarmConverters converters = new WarmConverters()) {
            SiteRenderer.Outcome outcome = SiteFixture.copyInto(new DocsProject(directory, converters), "/book-fixture")
                    .render();
            assertThat(outcome.problems()).as("problems rendering the fixture").isEmpty();
        }
        browser = ThemeBrowser.serving(directory.resolve("target/site"));
    }

    @Test
    void everyListingHasACopyButtonThatCopiesExactlyItsCode() {
        browser.open("index.html", 1280);
        browser.cdp("Browser.grantPermissions", Map.of("origin", browser.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));

        assertThat(browser.js("return [...document.querySelectorAll('.oc-doc .listingblock')]"
                + ".map(l => l.querySelectorAll('button.ormcompare-copy').length)")).isEqualTo(List.of(1L, 1L));
        browser.click(".oc-doc .listingblock button.ormcompare-copy");
        browser.waitUntil("the button to say Copied",
                () -> "Copied".equals(browser.find(".oc-doc .listingblock button.ormcompare-copy").getText()));
        assertThat(browser.asyncJs("var done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, e => done('could not read the clipboard: ' + e))"))
                .isEqualTo("fixture init");
    }

    @Test
    void theCopyButtonShiftsNothingAndLeavesTheLanguageLabelVisible() {
        browser.open("index.html", 1280);

        // The button lies over the code's first line, out of the flow; the language moves left of it.
        assertThat(browser.js("var c = document.querySelector('.oc-doc .listingblock > .content');"
                + " var pre = c.querySelector('pre'), b = c.querySelector('button'), code = pre.querySelector('code');"
                + " return [pre.offsetTop, getComputedStyle(b).position,"
                + " b.getBoundingClientRect().left > c.getBoundingClientRect().right"
                + " - parseFloat(getComputedStyle(code, '::before').right)]"))
                .isEqualTo(List.of(0L, "absolute", true));
    }

    @Test
    void theEndOfALongFirstLineScrollsClearOfTheCopyButtonOnAPhone() {
        browser.open("appendix/upgrading.html", 390);

        // Scrolled to its end, the first line's last character lies left of the button, not under it.
        assertThat(browser.js("var pre = document.querySelector('.oc-doc .oc-copyable > pre');"
                + " var button = pre.parentNode.querySelector('.ormcompare-copy');"
                + " pre.scrollLeft = pre.scrollWidth;"
                + " var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), node, end = null, at = 0;"
                + " while ((node = walker.nextNode())) {"
                + "   var newline = node.data.indexOf('\\n');"
                + "   if (newline > 0) { end = node; at = newline; break; }"
                + "   if (newline === 0) break;"
                + "   end = node; at = node.data.length;"
                + " }"
                + " var last = document.createRange(); last.setStart(end, at - 1); last.setEnd(end, at);"
                + " return [last.toString(), pre.scrollLeft > 0,"
                + "   last.getBoundingClientRect().right <= button.getBoundingClientRect().left];"))
                .isEqualTo(List.of(";", true, true));
    }

    @Test
    void theBreadcrumbsAreALandmarkLeadingHomeAndUpToThePage() {
        browser.open("reference/api.html", 1280);

        assertThat(browser.js("return [...document.querySelectorAll('nav[aria-label=Breadcrumbs] li')].map(li => li.textContent)"))
                .isEqualTo(List.of("Fixture Guide 4.2", "Reference", "API"));
        assertThat(browser.js("return document.querySelector('nav[aria-label=Breadcrumbs] [aria-current=page]').href"))
                .isEqualTo(browser.url("reference/api.html"));
        browser.click("nav[aria-label=Breadcrumbs] a");
        browser.waitUntil("the home page to open", () -> browser.url("index.html").equals(browser.driver().getCurrentUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeFindsNoViolationsOnAnyPage(String scheme) {
        browser.prefersColorScheme(scheme);
        for (String page : List.of("index.html", "reference/api.html", "appendix/upgrading.html", "chapters/faq.html")) {
            browser.open(page, 1280);
            assertThat(browser.axeViolations()).as(page + " in " + scheme).isEmpty();
        }
    }
}
