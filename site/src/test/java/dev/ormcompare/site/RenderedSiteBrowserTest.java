package dev.ormcompare.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser test of a site it renders itself shares: a {@link ThemeBrowser} and the converters, one of
 * each per test class (the class's {@code @BeforeAll} calls {@link #start}, or renders with converters of its
 * own and sets {@link #browser} to one serving the site), no script error in any test, a fresh browser state
 * after each; both closed after the class's last test.
 */
abstract class RenderedSiteBrowserTest {

    static ThemeBrowser browser;
    static WarmConverters converters;

    /** Starts the browser and the converters; the project's site is served from {@code folder/target/site}. */
    static DocsProject start(String folder) {
        browser = ThemeBrowser.start();
        converters = new WarmConverters();
        return new DocsProject(browser.servedRoot().resolve(folder), converters);
    }

    @AfterEach
    void noScriptErrors() {
        try {
            assertThat(browser.scriptErrors()).as("script errors").isEmpty();
        } finally {
            browser.reset();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (converters != null) {
            converters.close();
            converters = null;
        }
    }
}
