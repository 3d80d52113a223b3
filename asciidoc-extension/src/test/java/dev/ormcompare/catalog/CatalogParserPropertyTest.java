package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            "[orm,id=x,name=X,aliases=\",,\"]", "[topic,id=t,title=\"a\\\"b\"]", "[snippet,topic=t,orm=x,language=<b>]",
            "[orm,id=x,name=\"Призма\"]", "[orm,id=x,name=\"✓\"]", "[orm,id=x,name=X,aliases=\"ジャンゴ, 🐍\"]",
            "[orm,id=y,name=\"ג'נגו\",aliases=Джанго]");
    /** Letters of several scripts, a combining accent, digits, symbols and emoji (a surrogate pair). */
    private static final List<String> NAME_PIECES = List.of("П", "р", "и", "з", "ж", "ג", "נ", "ジ", "ャ", "日", "Σ", "ς",
            "\u0301", "é", "7", "٣", " ", "-", "'", "✓", "🐍", "—", ".", "ß");

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

    /** The built-in catalog files that need no other file, as one text: the topics, then the migrations. */
    private static String builtInText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String resource : BuiltInCatalog.RESOURCES) {
            try (InputStream in = CatalogParserPropertyTest.class.getResourceAsStream(resource)) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void garbledBuiltInCatalogReadsOrStopsAtALocatedMistake() throws IOException {
        List<String> lines = builtInText().lines().toList();
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

    /**
     * Two ORMs with names in any script: a name with no letter or digit is a mistake at its line;
     * otherwise each name, typed in any case, finds its ORM (the first one, when both fold alike).
     */
    @Test
    void nonAsciiNamesFindTheirOwnOrmOrAreAMistakeAtTheirLine() throws CatalogException {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 3000; i++) {
            String first = randomName(random);
            String second = randomName(random);
            String description = "name case " + i + " of seed " + (SEED + 2) + ": '" + first + "', '" + second + "'";
            String text = "[orm,id=a,name=\"" + first + "\"]\n[orm,id=b,name=\"" + second + "\"]\n";
            Catalog.Builder builder = Catalog.builder();
            try {
                CatalogParser.parse("team.adoc", text, builder);
            } catch (CatalogException e) {
                String refused = hasLetterOrDigit(first) ? second : first;
                assertThat(hasLetterOrDigit(refused)).as(description).isFalse();
                assertThat(e.line()).as(description).isEqualTo(refused == first ? 1 : 2);
                assertThat(e.problem()).as(description).startsWith("the name '" + refused.strip() + "' has no letter or digit");
                continue;
            }
            assertThat(hasLetterOrDigit(first) && hasLetterOrDigit(second)).as(description).isTrue();
            Catalog catalog = builder.build();
            assertThat(catalog.findOrm(first)).as(description).map(Orm::id).contains("a");
            assertThat(catalog.findOrm(first.toUpperCase(java.util.Locale.ROOT))).as(description).map(Orm::id).contains("a");
            assertThat(catalog.findOrm(second)).as(description).isPresent();
            assertThat(catalog.findOrm("✓ 🐍 —")).as(description).isEmpty();
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            name.append(NAME_PIECES.get(random.nextInt(NAME_PIECES.size())));
        }
        String stripped = name.toString().strip(); // the format strips values: a blank name is another mistake
        return stripped.isEmpty() ? "—" : stripped;
    }

    private static boolean hasLetterOrDigit(String name) {
        return name.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * A catalog file on disk with one byte that is not UTF-8 put in anywhere (at a character boundary),
     * perhaps after a byte order mark: the mistake is at exactly that line and column.
     */
    @Test
    void byteThatIsNotUtf8IsAMistakeAtItsLineAndColumn(@TempDir Path directory) throws IOException {
        String text = builtInText().replace("Prisma", "Призма ✓");
        Path file = directory.resolve("team.adoc");
        byte[] notUtf8 = {(byte) 0xE9, (byte) 0xFF, (byte) 0x80, (byte) 0xC3, (byte) 0xF5};
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 300; i++) {
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            byte bad = notUtf8[random.nextInt(notUtf8.length)];
            String before = text.substring(0, at);
            boolean bom = random.nextBoolean();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(bom ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0]);
            bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
            bytes.write(bad);
            bytes.writeBytes(("\n" + text.substring(at)).getBytes(StandardCharsets.UTF_8)); // a lead byte needs no newline to fail
            Files.write(file, bytes.toByteArray());
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            String description = "byte case " + i + " of seed " + (SEED + 3) + ": 0x" + Integer.toHexString(bad & 0xFF)
                    + " at line " + line + ", column " + column + (bom ? " after a BOM" : "");

            CatalogException e = (CatalogException) assertThatThrownBy(() -> CatalogParser.parse(file, Catalog.builder()))
                    .as(description).isInstanceOf(CatalogException.class).actual();

            assertThat(e.source()).as(description).isEqualTo(file.toString());
            assertThat(e.line()).as(description).isEqualTo(line);
            assertThat(e.problem()).as(description).startsWith(String.format("byte 0x%02X at column %d is not UTF-8;",
                    bad & 0xFF, column));
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
        String alphabet = "[]=,\"\\-/ \tab\u00e9\u2713<>{}Пжג日\u0301";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(5) == 0 ? (char) (32 + random.nextInt(95)) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
