package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tabs' files as the build leaves them in the jar: minified, each linking its source map, and the map
 * holding the readable source of src/main/web; a page that carries them inline gets them without the link.
 */
class TabsAssetsFilesTest {

    private static final Path SOURCES = Path.of("src/main/web/dev/ormcompare/asciidoctor");

    private final Map<String, byte[]> files = TabsAssets.files();

    @Test
    void aSiteGetsBothFilesAndTheirMaps() {
        assertThat(files).containsOnlyKeys("ormcompare.css", "ormcompare.css.map", "ormcompare.js", "ormcompare.js.map");
        assertThat(text("ormcompare.js")).endsWith("\n//# sourceMappingURL=ormcompare.js.map\n");
        assertThat(text("ormcompare.css")).endsWith("\n/*# sourceMappingURL=ormcompare.css.map */\n");
    }

    @Test
    void eachFileIsMinifiedFromItsReadableSource() throws IOException {
        for (String name : new String[] {"ormcompare.css", "ormcompare.js"}) {
            String source = Files.readString(SOURCES.resolve(name));
            String minified = text(name);

            assertThat(minified.lines().count()).as(name + " in lines").isEqualTo(2);
            assertThat(minified.length()).as(name + " in characters").isLessThan(source.length() * 3 / 4);
            assertThat(minified).doesNotContain("ormcompare tabs.").doesNotContain("\n  ");
        }
    }

    @Test
    void eachMapHoldsTheReadableSource() throws IOException {
        for (String name : new String[] {"ormcompare.css", "ormcompare.js"}) {
            String map = text(name + ".map");
            String source = Files.readString(SOURCES.resolve(name));

            assertThat(map).contains("\"version\": 3").contains("\"mappings\": \"")
                    .contains("/" + name + "\"]").contains(jsonString(source));
        }
    }

    @Test
    void inlineTheAssetsCarryNoLinkToAMap() {
        assertThat(TabsAssets.css()).isNotEmpty().doesNotContain("sourceMappingURL");
        assertThat(TabsAssets.script()).isNotEmpty().doesNotContain("sourceMappingURL").contains("ormcompare-js");
        assertThat(text("ormcompare.js")).startsWith(TabsAssets.script());
        assertThat(text("ormcompare.css")).startsWith(TabsAssets.css());
    }

    @Test
    void theCallerOwnsTheBytesItGets() {
        files.get("ormcompare.js")[0] = ' ';

        assertThat(TabsAssets.files().get("ormcompare.js")[0]).isNotEqualTo((byte) ' ');
    }

    private String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The source as a JSON string's content, as esbuild writes it into sourcesContent. */
    private static String jsonString(String source) {
        return source.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
