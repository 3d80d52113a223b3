package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Not a check: pictures of side by side to look at, in Asciidoctor's stylesheet and in a skin's,
 * wide and narrow, light and dark. Run with {@code -Dormcompare.shots=/tmp/shots}.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "ormcompare.shots", matches = ".+")
class ScreenshotsBrowserTest extends RealBrowserTest {

    private static final String BLOCKS = """
            ormpicker::[]

            ormcompare::apply[orms="django,sqlalchemy,prisma"]

            ormcompare::status[orms="django,prisma"]
            """;
    private static final Map<String, String> PAGES = new java.util.HashMap<>();

    @BeforeAll
    static void renderPages() {
        PAGES.put("asciidoctor", page("asciidoctor", "", BLOCKS));
        PAGES.put("skin", page("skin", ":stylesheet!:", """
                ++++
                <style>
                body { margin: 0 20px; font: 14px/20px sans-serif; }
                pre { padding: 0 !important; margin: 0 !important; border: 0 !important; font: 13px/20px monospace; }
                @media (prefers-color-scheme: dark) { body { background: #1e1e1e; color: #ddd; } }
                </style>
                ++++

                """ + BLOCKS));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"asciidoctor,1280,light", "asciidoctor,390,light", "asciidoctor,1280,dark", "asciidoctor,390,dark",
            "skin,1280,light", "skin,390,light", "skin,1280,dark", "skin,390,dark"})
    void sideBySide(String page, int width, String scheme) {
        browser.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.open(PAGES.get(page));
        browser.click("#ormcompare-apply .ormcompare-view");
        browser.screenshot(Path.of(System.getProperty("ormcompare.shots"), page + "-" + width + "-" + scheme + ".png"));
    }
}
