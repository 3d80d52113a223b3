package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a catalog file holds, reading it either succeeds or stops at one located mistake: never
 * another exception, never a line outside the file. Inputs come from a seeded generator, so a
 * failure names the seed and case that reproduce it.
 */
class CatalogParserPropertyTest {

    private static final long SEED = 20261125L;
    private static final List<String> PIECES = List.of("[orm,id=x,name=X]", "[topic,id=t,title=T]",
            "[snippet,topic=t,orm=x]", "----", "------", "[remove,orm=x]", "// c", "", "[", "]", "[orm,id=\"x", "[orm,,]",
            "[=]", "[orm,id=x,id=y]", "[snippet,topic=t,orm=x,include=Nope.java,tag=a]", "[snippet,topic=t,orm=x,note=\"",
            "[orm,id=x,name=X,aliases=\",,\"]", "[topic,id=t,title=\"a\\\"b\"]", "[snippet,topic=t,orm=x,language=<b>]");

    private static void readsOrStopsAtALocatedMistake(String text, String description) {
        try {
            CatalogParser.parse("team.adoc", text, Catalog.builder());
        } catch (CatalogException e) {
            assertThat(e.source()).as(description).isEqualTo("team.adoc");
            assertThat(e.line()).as(description).isBetween(1, Math.max(1, (int) text.lines().count()));
            assertThat(e.problem()).as(description).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError(description + " threw " + e, e);
        }
    }

    @Test
    void garbledBuiltInCatalogReadsOrStopsAtALocatedMistake() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(BuiltInCatalog.RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Random random = new Random(SEED);
        for (int i = 0; i < 4000; i++) {
            String text = garble(lines, random);
            readsOrStopsAtALocatedMistake(text, "garbled case " + i + " of seed " + SEED);
        }
    }

    @Test
    void anyTextReadsOrStopsAtALocatedMistake() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(30);
            for (int line = 0; line < lines; line++) {
                text.append(random.nextInt(3) == 0 ? randomText(random, 30) : PIECES.get(random.nextInt(PIECES.size())))
                        .append('\n');
            }
            readsOrStopsAtALocatedMistake(text.toString(), "text case " + i + " of seed " + (SEED + 1) + ": " + text);
        }
    }

    /** The lines with one to five edits: a line dropped, repeated, cut short, or with characters put in. */
    private static String garble(List<String> original, Random random) {
        List<String> lines = new ArrayList<>(original);
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, line.substring(0, cut));
                default -> lines.set(at, line.substring(0, cut) + randomText(random, 6) + line.substring(cut));
            }
        }
        return String.join("\n", lines);
    }

    private static String randomText(Random random, int maxLength) {
        String alphabet = "[]=,\"\\-/ \tab\u00e9\u2713<>{}";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(5) == 0 ? (char) (32 + random.nextInt(95)) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
