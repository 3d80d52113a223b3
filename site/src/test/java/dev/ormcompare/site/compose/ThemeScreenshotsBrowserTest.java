package dev.ormcompare.site.compose;

import dev.ormcompare.site.ThemeBrowser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;

/**
 * Screenshots of the fixture page at 1440, 1280 and 390 px, light and dark, in window-high slices, for a
 * person to look at: {@code -Dormcompare.screenshots=/tmp/theme-shots} writes them there. Off otherwise.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "ormcompare.screenshots", matches = ".+")
class ThemeScreenshotsBrowserTest {

    @Test
    void screenshots() {
        Path directory = Path.of(System.getProperty("ormcompare.screenshots"));
        try (ThemeBrowser browser = ThemeBrowser.start()) {
            for (String scheme : new String[] {"light", "dark"}) {
                for (int width : new int[] {1440, 1280, 390}) {
                    browser.prefersColorScheme(scheme);
                    browser.openFixture(width);
                    int height = width < 600 ? 844 : 900;
                    long page = (Long) browser.js("return document.documentElement.scrollHeight");
                    for (int slice = 0; slice * height < page; slice++) {
                        browser.screenshot(directory.resolve("fixture-" + width + "-" + scheme + "-" + slice + ".png"),
                                slice * height, (int) Math.min(height, page - slice * height));
                    }
                }
                browser.find(".oc-nav-toggle").click();
                browser.screenshot(directory.resolve("fixture-390-" + scheme + "-nav.png"), 0, 844);
            }
            // As printed: the light palette, no site chrome, code wrapped.
            browser.openFixture(800);
            browser.emulateMedia("print");
            browser.screenshot(directory.resolve("fixture-print-0.png"), 0, 1100);
            browser.screenshot(directory.resolve("fixture-print-1.png"), 1100, 1100);
        }
    }
}
