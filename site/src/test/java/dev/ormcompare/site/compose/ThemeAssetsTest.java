package dev.ormcompare.site.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme's files load nothing from anywhere: no web fonts, no imports, no addresses. */
class ThemeAssetsTest {

    @Test
    void theStylesheetImportsNothingAndLinksNothing() {
        String css = read("dev/ormcompare/site/theme/theme.css").replaceAll("(?s)/\\*.*?\\*/", "");

        assertThat(css).doesNotContain("@import", "url(", "@font-face", "//");
    }

    @Test
    void theScriptRequestsNothing() {
        String js = read("dev/ormcompare/site/theme/theme.js");

        assertThat(js).doesNotContain("fetch(", "XMLHttpRequest", "http:", "https:", "import(", "createElement('script')");
    }

    private static String read(String name) {
        try (InputStream in = ThemeAssetsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
