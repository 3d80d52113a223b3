package dev.ormcompare.site;

import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.content.DocsTree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Screenshots of every page of a rendered site at 1280 and 390 px, light and dark (the first two
 * windows of each page, its widest table, and the open nav on a phone), for a person to look at: {@code
 * -Dormcompare.screenshots=/tmp/site-shots} writes those of the fixture site there, and with {@code
 * -Dormcompare.screenshots.site=docs/target/site} those of a site built already. Off otherwise.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "ormcompare.screenshots", matches = ".+")
class SiteScreenshotsBrowserTest {

    @TempDir
    Path directory;

    @Test
    void screenshots() throws IOException {
        Path shots = Path.of(System.getProperty("ormcompare.screenshots"));
        Path site = siteToShoot();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).map(file -> DocsTree.slashed(site.relativize(file)))
                    .filter(page -> !page.startsWith(ThemeAssets.FOLDER)).sorted().toList();
        }
        try (ThemeBrowser browser = ThemeBrowser.serving(site)) {
            for (String scheme : List.of("light", "dark")) {
                browser.prefersColorScheme(scheme);
                for (int width : new int[] {1280, 390}) {
                    int height = width < 600 ? 844 : 900;
                    for (String page : pages) {
                        browser.open(page, width);
                        String name = page.replace('/', '-').replace(".html", "") + "-" + width + "-" + scheme;
                        long length = (Long) browser.js("return document.documentElement.scrollHeight");
                        for (int slice = 0; slice < 2 && slice * height < length; slice++) {
                            browser.screenshot(shots.resolve(name + "-" + slice + ".png"), slice * height,
                                    (int) Math.min(height, length - slice * height));
                        }
                        // The page's widest table, where a narrow window shows whether it scrolls in its box.
                        Number table = (Number) browser.js("var t = Array.from(document.querySelectorAll('.oc-doc table.tableblock'))"
                                + ".sort(function (a, b) { return b.scrollWidth - a.scrollWidth; })[0];"
                                + " return t ? t.getBoundingClientRect().top + scrollY - 16 : null");
                        if (table != null) {
                            int top = table.intValue();
                            browser.screenshot(shots.resolve(name + "-table.png"), top, (int) Math.min(height, length - top));
                        }
                    }
                }
                browser.open(pages.get(pages.size() - 1), 390);
                browser.find(".oc-nav-toggle").click();
                browser.screenshot(shots.resolve("nav-390-" + scheme + ".png"), 0, 844);
            }
        }
    }

    private Path siteToShoot() throws IOException {
        String built = System.getProperty("ormcompare.screenshots.site", "");
        if (!built.isBlank()) {
            return Path.of(built).toAbsolutePath();
        }
        try (WarmConverters converters = new WarmConverters()) {
            SiteFixture.copyInto(new DocsProject(directory, converters)).render();
        }
        return directory.resolve("target/site");
    }
}
