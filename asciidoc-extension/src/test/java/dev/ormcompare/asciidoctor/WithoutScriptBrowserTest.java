package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With JavaScript off, a comparison is its snippets one after the other, each titled with its ORM. */
@Tag("browser")
class WithoutScriptBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("noscript", ":ormcompare-picker:", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms=peewee]
                """);
    }

    @BeforeEach
    void openWithScriptsDisabled() {
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(url);
        assertThat(browser.js("return document.documentElement.className")).as("the page's script did not run")
                .isEqualTo("");
    }

    @Test
    void everyPanelIsShownWithItsOrmsNameAsTitle() {
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visibleTitles("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(browser.js("return [...document.querySelectorAll('#ormcompare-apply .listingblock > .title')]"
                + ".map(t => t.innerText)")).isEqualTo(List.of("Django ORM", "SQLAlchemy", "Prisma"));
        assertThat(visiblePanels("ormcompare-status")).containsExactly("peewee");
        assertThat(visibleTitles("ormcompare-status")).containsExactly("peewee");
    }

    @Test
    void theTabBarAndThePickerAreNotShown() {
        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-bar, .ormcompare-picker')]"
                + ".map(e => getComputedStyle(e).display)")).isEqualTo(List.of("none", "none", "none"));
        assertThat(browser.js("return document.querySelectorAll('.ormcompare-copy').length")).isEqualTo(0L);
    }
}
