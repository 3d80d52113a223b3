package dev.ormcompare.site.compose;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the search box costs a reader, and that the vendored library is the one the vendoring script names. */
class SearchAssetsTest {

    @Test
    void theSearchScriptsStayWithin10KbGzipped() throws IOException {
        byte[] scripts = (new String(ThemeAssets.files().get(ThemeAssets.FOLDER + "minisearch.min.js"), StandardCharsets.UTF_8)
                + new String(ThemeAssets.files().get(ThemeAssets.FOLDER + "search.js"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(gzipped(scripts)).as("MiniSearch and search.js, gzipped").isLessThanOrEqualTo(10 * 1024);
    }

    @Test
    void theVendoredMiniSearchIsTheVersionTheScriptVendors() throws IOException {
        String script = Files.readString(Path.of("src/main/vendor/minisearch/vendor.sh"));
        String version = script.lines().filter(line -> line.startsWith("VERSION=")).findFirst().orElseThrow().substring(8);
        String vendored = new String(ThemeAssets.files().get(ThemeAssets.FOLDER + "minisearch.min.js"), StandardCharsets.UTF_8);

        assertThat(vendored).startsWith("/*! MiniSearch " + version + " | MIT License");
        assertThat(Files.readString(Path.of("src/main/resources/META-INF/NOTICE"))).contains("MiniSearch " + version);
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
