package dev.ormcompare.site;

import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.content.DocsTree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of the fixture site over a site built already, such as this project's docs: {@code
 * -Dormcompare.checkSite=docs/target/site} runs the Nu HTML checker and axe-core (light and dark)
 * over every page of it, and checks that none scrolls sideways at 1280 or 390 px. Off otherwise.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "ormcompare.checkSite", matches = ".+")
class BuiltSiteCheckTest {

    /**
     * How long axe-core may take over one page: a real book can be a single page 900,000 px tall (the Hibernate ORM
     * user guide), which it takes minutes to check; the browser's default of 30 s stops it half-way.
     */
    private static final Duration AXE_PATIENCE = Duration.ofMinutes(30);

    private final Path site = Path.of(System.getProperty("ormcompare.checkSite", "")).toAbsolutePath();

    private List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(file -> DocsTree.slashed(site.relativize(file)))
                    .filter(page -> !page.startsWith(ThemeAssets.FOLDER)).sorted().toList();
        }
    }

    @Test
    void everyPageHasNoHtmlErrors() throws Exception {
        assertThat(SiteFixtureHtmlValidTest.errorsIn(site, pages())).as("vnu errors").isEmpty();
    }

    @Test
    void axeFindsNoViolationsOnAnyPageInLightOrDark() throws IOException {
        Map<String, List<String>> violations = new TreeMap<>();
        try (ThemeBrowser browser = ThemeBrowser.serving(site)) {
            browser.driver().manage().timeouts().scriptTimeout(AXE_PATIENCE);
            for (String scheme : List.of("light", "dark")) {
                browser.prefersColorScheme(scheme);
                for (String page : pages()) {
                    browser.open(page, 1280);
                    List<String> found = browser.axeViolations();
                    if (!found.isEmpty()) {
                        violations.put(page + " (" + scheme + ")", found);
                    }
                }
            }
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnADesktopOrAPhone() throws IOException {
        Map<String, Number> wider = new TreeMap<>();
        try (ThemeBrowser browser = ThemeBrowser.serving(site)) {
            for (int width : List.of(1280, 390)) {
                for (String page : pages()) {
                    browser.open(page, width);
                    Number overflow = (Number) browser.js("var e = document.scrollingElement; return e.scrollWidth - e.clientWidth;");
                    if (overflow.intValue() > 0) {
                        wider.put(page + " at " + width + " px", overflow);
                    }
                }
            }
        }
        assertThat(wider).as("pages wider than the window, by how many pixels").isEmpty();
    }
}
