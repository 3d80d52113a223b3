package dev.ormcompare.site;

import dev.ormcompare.site.internal.SiteHref;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HostileSite} in a real headless Chromium: opening every page, following the links built from
 * a script-like name and searching run nothing a name or a title holds: no dialog, no
 * {@code window.pwned}, no uncaught error.
 */
@Tag("browser")
class HostileNamesBrowserTest extends RenderedSiteBrowserTest {

    private static final String SITE = "hostile/target/site/";

    @BeforeAll
    static void render() throws IOException {
        HostileSite.writeInto(start("hostile")).render();
    }

    /** Besides no script error (checked after it): no dialog, nothing a name set. */
    @AfterEach
    void nothingRan() {
        assertThat(browser.dialogOpen()).as("a dialog open").isFalse();
        assertThat(browser.js("return typeof window.pwned")).as("window.pwned").isEqualTo("undefined");
    }

    private static void open(String page) {
        browser.open(browser.url(SITE + SiteHref.encoded(page)));
        browser.waitUntil("return document.readyState === 'complete'");
    }

    @Test
    void everyPageOpensAndRunsNothingFromANameOrTitle() {
        for (String page : List.of("index.html", HostileSite.SCRIPT_PAGE, "guide/mischief.html", "guide/cartoon.html")) {
            open(page);

            assertThat(browser.dialogOpen()).as(page).isFalse();
            assertThat(browser.js("return typeof window.pwned")).as(page).isEqualTo("undefined");
        }
    }

    @Test
    void theLinkToTheScriptNamedPageOpensThatPage() {
        open("guide/cartoon.html");
        WebElement link = browser.findAll("#oc-nav a").stream()
                .filter(a -> a.getText().equals("javascript:window.pwned=8;alert(8)")).findFirst().orElseThrow();

        link.click();

        browser.waitUntil("return location.pathname.endsWith('/javascript%3Awindow.pwned=8;alert(8).html') "
                + "&& document.readyState === 'complete'");
        // The page has no title: a heading for screen readers names it by its file, as text.
        assertThat(browser.find(".oc-doc .paragraph").getText()).isEqualTo("A page named like a script.");
        assertThat(browser.find(".oc-doc h1").getAttribute("textContent")).isEqualTo("javascript:window.pwned=8;alert(8)");
    }

    @Test
    void aSearchResultShowsTitlesAsTextAndOpensTheScriptNamedPage() {
        open("index.html");
        browser.find("#oc-search-input").click();

        browser.press("mischief");
        browser.waitUntil("return document.querySelectorAll('#oc-search-results [role=option]').length > 0");
        assertThat(browser.find("#oc-search-results [role=option]").getText()).startsWith("Mischief");
        assertThat(browser.findAll("#oc-search-results img, #oc-search-results x")).isEmpty();

        open("guide/cartoon.html");
        browser.find("#oc-search-input").click();
        browser.press("named like a script");
        browser.waitUntil("return document.querySelectorAll('#oc-search-results [role=option]').length > 0");
        browser.press(Keys.ENTER);

        browser.waitUntil("return location.pathname.endsWith('/javascript%3Awindow.pwned=8;alert(8).html') "
                + "&& document.readyState === 'complete'");
    }
}
