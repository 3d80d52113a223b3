package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box of a rendered site, in a real headless Chromium, over HTTP and from file:. */
@Tag("browser")
class SearchBrowserTest extends RenderedSiteBrowserTest {

    private static Path site;

    @BeforeAll
    static void renderAndStart() throws IOException {
        DocsProject project = start("search");
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome to the guide.\n");
        StringBuilder migrations = new StringBuilder("= Migrations\n\n== Applying\n\n");
        migrations.append("ormcompare::[topic=apply,orms=\"django,sqlalchemy,prisma\"]\n\n");
        migrations.append("Some words between the blocks.\n\n".repeat(60));
        migrations.append("== Rolling back\n\normcompare::[topic=rollback,orms=\"django,sqlalchemy,prisma\"]\n");
        project.write("src/docs/asciidoc/guide/migrations.adoc", migrations.toString());
        // The same SQLAlchemy rollback snippet, shown by a second page.
        project.write("src/docs/asciidoc/guide/undoing.adoc",
                "= Undoing\n\n== Going back\n\normcompare::[topic=rollback,orms=\"sqlalchemy,django\"]\n");
        project.render();
        site = project.path("target/site");
    }

    @Test
    void typingACommandListsTheSnippetThatHasItWithItsOrmAndTopic() {
        browser.open(browser.url("search/target/site/index.html"));

        type("downgrade");

        assertThat(results()).first().asString().contains("SQLAlchemy · Rollback Migration").contains("Migrations › Rolling back");
        assertThat(browser.find("#oc-search-input").getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat((String) browser.js("return document.querySelector('.oc-search [role=status]').textContent"))
                .matches("\\d+ results?");
    }

    @Test
    void aSnippetThatTwoPagesShowIsOneResultNamingBoth() {
        browser.open(browser.url("search/target/site/index.html"));

        type("downgrade");

        assertThat(results()).filteredOn(result -> result.contains("SQLAlchemy · Rollback Migration")).singleElement()
                .asString().contains("Migrations › Rolling back").contains("also on Undoing");
    }

    @Test
    void onAPageThatShowsTheSnippetItsResultLeadsToItsTabThere() {
        browser.open(browser.url("search/target/site/guide/undoing.html"));
        type("downgrade");

        assertThat(results()).first().asString().contains("Undoing › Going back").contains("also on Migrations");
        browser.press(Keys.ENTER);

        browser.waitUntil("return location.hash === '#ormcompare-rollback-sqlalchemy'");
        assertThat(browser.currentPath()).isEqualTo("search/target/site/guide/undoing.html#ormcompare-rollback-sqlalchemy");
        assertThat(browser.js("return document.querySelector('#ormcompare-rollback [role=tab][aria-selected=true]').textContent"))
                .isEqualTo("SQLAlchemy");
    }

    @Test
    void whenNothingMatchesItSaysSoAndEscapeTakesTheMessageAway() {
        browser.open(browser.url("search/target/site/index.html"));
        browser.find("#oc-search-input").click();
        browser.waitUntil("return !!window.ormcompareSearchIndex");

        browser.press("qwxzv");

        browser.waitUntil("var e = document.querySelector('.oc-search-empty'); return e != null && !e.hidden");
        assertThat(browser.find(".oc-search-empty").getText()).isEqualTo("Nothing matches \u201cqwxzv\u201d");
        assertThat(browser.find(".oc-search-empty").isDisplayed()).isTrue();
        assertThat(browser.js("return document.querySelector('.oc-search [role=status]').textContent")).isEqualTo("No results");
        assertThat(browser.find("#oc-search-results").getDomAttribute("hidden")).isNotNull();
        browser.press(Keys.ESCAPE);
        assertThat(browser.find(".oc-search-empty").isDisplayed()).isFalse();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("oc-search-input");
    }

    @Test
    void aTypoStillFindsTheSnippet() {
        browser.open(browser.url("search/target/site/index.html"));

        type("dwongrade");

        assertThat(results()).first().asString().contains("SQLAlchemy · Rollback Migration");
    }

    @Test
    void enterOpensThePageWithThatOrmsTabSelectedAndInView() {
        browser.open(browser.url("search/target/site/index.html"));
        type("downgrade");

        browser.press(Keys.ENTER);

        assertOnRollbackTabOfSqlAlchemy();
    }

    @Test
    void theSameFromTheFilesOnDisk() {
        browser.open(site.resolve("index.html").toUri().toString());
        type("downgrade");

        browser.press(Keys.ARROW_DOWN, Keys.ENTER);

        assertThat(browser.js("return location.protocol")).isEqualTo("file:");
        assertOnRollbackTabOfSqlAlchemy();
    }

    @Test
    void slashAndControlKFocusTheBoxAndEscapeClosesThenReturnsTheFocus() {
        browser.open(browser.url("search/target/site/index.html"));
        browser.js("document.querySelector('.oc-home').focus()");

        browser.press("/");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("oc-search-input");
        browser.press("prisma");
        waitForResults();
        browser.press(Keys.ESCAPE);
        assertThat(browser.find("#oc-search-results").getDomAttribute("hidden")).isNotNull();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("oc-search-input");
        browser.press(Keys.ESCAPE);
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("oc-home");

        browser.pressWith(Keys.CONTROL, "k");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("oc-search-input");
    }

    @Test
    void arrowsMoveTheActiveResultAsTheComboboxPatternSays() {
        browser.open(browser.url("search/target/site/index.html"));
        type("migrat");

        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);

        String active = browser.find("#oc-search-input").getDomAttribute("aria-activedescendant");
        assertThat(active).isEqualTo("oc-search-result-1");
        assertThat(browser.find("#" + active).getDomAttribute("aria-selected")).isEqualTo("true");
    }

    @Test
    void axeFindsNoViolationWithResultsOpenInLightAndDark() {
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            browser.open(browser.url("search/target/site/guide/migrations.html"));
            type("alembic");

            assertThat(browser.axeViolations()).as("axe-core, " + scheme).isEmpty();
        }
    }

    @Test
    void noRequestLeavesTheSiteAndNothingLoadsBeforeTheBoxIsUsed() {
        browser.open(browser.url("search/target/site/index.html"));
        assertThat(resources()).noneMatch(url -> url.contains("search-index.js") || url.contains("minisearch"));

        type("prisma");

        assertThat(resources()).anyMatch(url -> url.endsWith("/ormcompare-assets/search-index.js"))
                .allMatch(url -> url.startsWith(browser.origin()));
    }

    private void assertOnRollbackTabOfSqlAlchemy() {
        browser.waitUntil("return location.pathname.endsWith('/guide/migrations.html') && document.readyState === 'complete'");
        assertThat(browser.js("return location.hash")).isEqualTo("#ormcompare-rollback-sqlalchemy");
        assertThat(browser.js("return document.querySelector('#ormcompare-rollback [role=tab][aria-selected=true]').textContent"))
                .isEqualTo("SQLAlchemy");
        Map<?, ?> box = (Map<?, ?>) browser.js("var r = document.getElementById('ormcompare-rollback-sqlalchemy')"
                + ".getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: innerHeight}");
        assertThat(((Number) box.get("top")).doubleValue()).as("panel in view").isBetween(0.0,
                ((Number) box.get("height")).doubleValue());
        assertThat(browser.js("return document.querySelectorAll('#ormcompare-rollback-sqlalchemy mark.oc-hit').length"))
                .as("the terms marked").isNotEqualTo(0L);
    }

    private void type(String text) {
        browser.find("#oc-search-input").click();
        browser.press(text);
        waitForResults();
    }

    private void waitForResults() {
        browser.waitUntil("return document.querySelectorAll('#oc-search-results [role=option]').length > 0");
    }

    @SuppressWarnings("unchecked")
    private List<String> results() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#oc-search-results [role=option]')]"
                + ".map(o => o.textContent)");
    }

    @SuppressWarnings("unchecked")
    private List<String> resources() {
        return (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    private void waitUntil(String condition) {
        browser.waitUntilTrue(condition, ThemeBrowser.PATIENCE);
    }
}
