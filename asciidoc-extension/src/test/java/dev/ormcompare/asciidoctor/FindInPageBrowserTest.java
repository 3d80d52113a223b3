package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of inactive tabs stays findable: the browser reveals a panel when it finds text in it,
 * and the panel's tab is selected. A text fragment in the address is the browser's own search.
 */
@Tag("browser")
class FindInPageBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("find", "", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                %s
                """.formatted(filler(40)));
    }

    @Test
    void inactivePanelsAreHiddenUntilFound() {
        browser.open(url);

        assertThat(browser.js("return [...document.querySelectorAll('[role=tabpanel]')].map(p => p.getAttribute('hidden'))"))
                .isEqualTo(java.util.Arrays.asList(null, "until-found", "until-found"));
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django");
    }

    @Test
    void textFoundInAHiddenPanelRevealsItAndSelectsItsTab() {
        browser.open(url + "#:~:text=npx%20prisma%20migrate%20deploy");

        browser.waitUntil("the Prisma tab to be selected", () -> "prisma".equals(selectedOrm("ormcompare-apply")));
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(browser.js("return [...document.querySelectorAll('[role=tab]')].map(t => t.ariaSelected)"))
                .isEqualTo(List.of("false", "false", "true"));
        assertThat(browser.find("#ormcompare-apply-prisma").getDomAttribute("class")).contains("ormcompare-active");
        assertThat(browser.js("return document.getElementById('ormcompare-apply-django').getAttribute('hidden')"))
                .isEqualTo("until-found");
    }
}
