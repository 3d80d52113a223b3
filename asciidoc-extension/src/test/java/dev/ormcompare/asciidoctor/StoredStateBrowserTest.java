package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page reads back from localStorage may have been written by anyone (an older version,
 * another script of the site, a reader's console): values of the wrong shape are dropped, never
 * thrown on, so deep links, the chosen ORM and clicks keep working.
 */
@Tag("browser")
class StoredStateBrowserTest extends RealBrowserTest {

    private static String guide;

    @BeforeAll
    static void renderPage() {
        guide = page("guide", "", """
                ormpicker::[]

                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms="django,prisma"]
                """);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"o\":\"x\\\"]\"}", "{\"p\":5}", "{\"p\":{}}", "{\"v\":{\"toString\":1}}", "{\"o\":{\"toString\":1}}",
            "{\"p\":[1,{},null,\"x\\\"]\"]}", "{\"p\":{\"length\":2,\"indexOf\":1}}", "{\"v\":[\"cols\"]}",
            "5", "\"prisma\"", "[]", "null", "true", "not json", "{\"o\":\"\"}"})
    void aCraftedValueIsDroppedAndTheTabsWork(String stored) {
        // set from another page of the site, so that opening the guide loads it afresh
        browser.open(site.url("blank.html"));
        browser.js("localStorage.setItem('ormcompare', arguments[0])", stored);

        browser.open(guide + "#ormcompare-apply-prisma");

        assertThat(browser.js("return document.documentElement.classList.contains('ormcompare-ready')"))
                .as("page script initialised").isEqualTo(true);
        assertThat(selectedOrm("ormcompare-apply")).as("deep link").isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");

        browser.click("#ormcompare-apply-sqlalchemy-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");
        browser.click("#ormcompare-status-django-tab");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("django");
        assertThat(visiblePanels("ormcompare-apply")).as("the choice holds for the page").containsExactly("django");
        assertThat(browser.js("return JSON.parse(localStorage.getItem('ormcompare'))"))
                .as("the stored state, the crafted value dropped").isEqualTo(Map.of("o", "django"));

        browser.open(guide);
        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("django");
    }

    @Test
    void validValuesAreKept() {
        browser.open(site.url("blank.html"));
        browser.js("localStorage.setItem('ormcompare', arguments[0])", "{\"o\":\"prisma\",\"p\":[\"django\",\"prisma\"]}");

        browser.open(guide);

        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");
    }

    @Test
    void aRefusedCopyIsHandledAndSaidOnTheButton() {
        browser.beforePageScripts("navigator.clipboard.writeText = function () {"
                + " window.copyAttempts = (window.copyAttempts || 0) + 1;"
                + " return Promise.reject(new DOMException('denied', 'NotAllowedError')); };");
        browser.open(guide);

        browser.click("#ormcompare-apply-django button.ormcompare-copy");

        browser.waitUntil("the button to say Not copied",
                () -> "Not copied".equals(browser.find("#ormcompare-apply-django button.ormcompare-copy").getText()));
        assertThat(browser.js("return window.copyAttempts")).isEqualTo(1L);
        // one more task for an unhandled rejection to be reported, had there been one
        browser.asyncJs("var done = arguments[arguments.length - 1]; setTimeout(function () { setTimeout(done); });");
    }
}
