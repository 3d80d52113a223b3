package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The selected tab is underlined in the accent colour, or in the text's own colour in dark mode. */
@Tag("browser")
class ColorSchemeBrowserTest extends RealBrowserTest {

    private static final String SELECTED_TAB = "#ormcompare-apply [aria-selected=true]";
    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("colours", "", "ormcompare::apply[orms=\"django,sqlalchemy,prisma\"]\n");
    }

    @Test
    void inLightModeTheSelectedTabIsUnderlinedInTheAccentColour() {
        openPreferring("light");

        assertThat(computedStyle(SELECTED_TAB, "border-bottom-color")).isEqualTo("rgb(33, 86, 165)");
        assertThat(computedStyle(SELECTED_TAB, "border-bottom-style")).isEqualTo("solid");
    }

    @Test
    void inDarkModeTheSelectedTabIsUnderlinedInItsTextColour() {
        openPreferring("dark");

        assertThat(computedStyle(SELECTED_TAB, "border-bottom-color")).isEqualTo(computedStyle(SELECTED_TAB, "color"))
                .isNotEqualTo("rgb(33, 86, 165)");
        assertThat(computedStyle(SELECTED_TAB, "border-bottom-style")).isEqualTo("solid");
    }

    @Test
    void inDarkModeAChosenTabIsUnderlinedInItsTextColourAfterAReload() {
        openPreferring("dark");
        browser.click("#ormcompare-apply-prisma-tab");

        browser.reload();

        assertThat(browser.find(SELECTED_TAB).getDomAttribute("id")).isEqualTo("ormcompare-apply-prisma-tab");
        assertThat(computedStyle(SELECTED_TAB, "border-bottom-color")).isEqualTo(computedStyle(SELECTED_TAB, "color"));
    }

    private static void openPreferring(String scheme) {
        browser.cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.open(url);
        assertThat(browser.js("return matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches", scheme))
                .isEqualTo(true);
    }
}
