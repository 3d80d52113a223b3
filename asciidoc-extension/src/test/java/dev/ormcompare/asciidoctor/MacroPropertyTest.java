package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Comparison;
import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.ComparisonRequest;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a writer types into the macro, the result is a rendered block or a located error: never
 * an exception escaping into Asciidoctor. Inputs come from a seeded generator, so a failure names
 * the seed and case that reproduce it.
 */
class MacroPropertyTest extends RealAsciidoctorTest {

    private static final long SEED = 20261125L;
    private static final List<String> WORDS = List.of("topic", "orms", "selected", "title", "id", "orm", "apply",
            "status", "django", "Django ORM", "prisma", "sql", "djano", "", " ", ",", "\"", "=", "]", "[", "<b>", "{x}",
            "1", "2", "-", "mikro-orm", "generate", "rollback", "role", "#", ".", "%", "Призма", "Джанго ORM", "ג'נגו",
            "ジャンゴ", "✓", "🐍", "e\u0301");

    private static String word(Random random) {
        if (random.nextInt(4) == 0) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append((char) (32 + random.nextInt(95)));
            }
            return text.toString();
        }
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    @Test
    void anyAttributesGiveAComparisonOrAMessage() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            int size = random.nextInt(7);
            for (int a = 0; a < size; a++) {
                attributes.put(random.nextBoolean() ? word(random) : String.valueOf(1 + random.nextInt(4)), word(random));
            }
            String target = random.nextBoolean() ? "apply" : word(random);
            String description = "case " + i + " of seed " + SEED + ": " + target + " " + attributes;
            try {
                MacroInvocation invocation = MacroInvocation.read(target, attributes, random.nextBoolean() ? null : word(random));
                Comparison comparison = invocation.request().resolve(BuiltInCatalog.get());
                assertThat(comparison.entries()).as(description).isNotEmpty();
                assertThat(comparison.selected()).as(description).isBetween(0, comparison.entries().size() - 1);
            } catch (ComparisonException e) {
                assertThat(e.getMessage()).as(description).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError(description + " threw " + e, e);
            }
        }
    }

    /**
     * ORMs named in several scripts: a list of their names, typed in any case, shows exactly those
     * ORMs in that order; a symbol is an unknown ORM, a name given twice is listed twice.
     */
    @Test
    void nonAsciiNamesShowExactlyTheOrmsNamed() throws ComparisonException {
        Map<String, String> idsByName = new LinkedHashMap<>();
        idsByName.put("Призма", "prisma-ru");
        idsByName.put("ג'נגו", "django-he");
        idsByName.put("ジャンゴ", "django-ja");
        idsByName.put("Σεκουελάιζς", "sequelize-el");
        Catalog.Builder builder = BuiltInCatalog.get().toBuilder();
        Topic apply = BuiltInCatalog.get().findTopic("apply").orElseThrow();
        idsByName.forEach((name, id) -> builder.orm(new Orm(id, name, "text", List.of()))
                .snippet(apply.id(), id, new Snippet("text", name, "")));
        Catalog catalog = builder.build();
        List<String> typeable = new ArrayList<>(idsByName.keySet());
        typeable.addAll(List.of("✓", "🐍", "—"));
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 3000; i++) {
            List<String> typed = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String name = typeable.get(random.nextInt(typeable.size()));
                typed.add(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name);
            }
            String description = "case " + i + " of seed " + (SEED + 2) + ": " + typed;
            List<String> declared = typed.stream().map(name -> idsByName.keySet().stream()
                    .filter(known -> known.equalsIgnoreCase(name) || known.toUpperCase(Locale.ROOT).equals(name))
                    .findFirst().orElse(null)).toList();
            try {
                Comparison comparison = new ComparisonRequest("apply", Optional.of(typed), "").resolve(catalog);
                assertThat(declared).as(description).doesNotContainNull().doesNotHaveDuplicates();
                assertThat(comparison.entries()).as(description).extracting(entry -> entry.orm().id())
                        .containsExactlyElementsOf(declared.stream().map(idsByName::get).toList());
            } catch (ComparisonException e) {
                int firstUnknown = declared.indexOf(null);
                boolean repeated = new HashSet<>(declared.subList(0, firstUnknown < 0 ? declared.size() : firstUnknown))
                        .size() < (firstUnknown < 0 ? declared.size() : firstUnknown);
                assertThat(e.getMessage()).as(description).matches(repeated ? "ORM '.*' is listed twice.*" : "unknown ORM '.*");
            }
        }
    }

    /**
     * Real conversions with a team catalog holding one byte that is not UTF-8, met by any of the
     * macros or the picker attribute: one ERROR at the catalog file, line and column, whichever meets
     * it, and never a stack trace on the page.
     */
    @Test
    void byteThatIsNotUtf8InTheCatalogIsOneLocatedErrorWhicheverMacroMeetsIt() throws IOException {
        List<String> pages = List.of("ormcompare::apply[]", "ormmatrix::[]", "ormpicker::[]", ":ormcompare-picker:\n\nText.",
                "ormmatrix::[]\n\normcompare::apply[orms=\"Призма\"]\n\normpicker::[]");
        String catalog = "[orm,id=prisma-ru,name=\"Призма\",aliases=\"ジャンゴ\"]\n"
                + "[snippet,topic=apply,orm=prisma-ru]\n----\nprisma migrate deploy\n----\n";
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 60; i++) {
            int at = catalog.offsetByCodePoints(0, random.nextInt(catalog.codePointCount(0, catalog.length())));
            String before = catalog.substring(0, at);
            Path file = Files.createDirectories(directory.resolve("utf8-" + i)).resolve("team.adoc");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
            bytes.write(0x80 + random.nextInt(0x80));
            bytes.writeBytes(("\n" + catalog.substring(at)).getBytes(StandardCharsets.UTF_8));
            Files.write(file, bytes.toByteArray());
            String page = pages.get(random.nextInt(pages.size()));
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            String description = "case " + i + " of seed " + (SEED + 3) + ": line " + line + ", column " + column + ", " + page;

            String html = conversion.convert("guide.adoc", ":ormcompare-catalog: utf8-" + i + "\n" + page + "\n", "html5",
                    false, Map.of());

            assertThat(conversion.records()).as(description).singleElement().satisfies(record -> {
                assertThat(record.getCursor().getFile()).as(description).endsWith("team.adoc");
                assertThat(record.getCursor().getLineNumber()).as(description).isEqualTo(line);
                assertThat(record.getMessage()).as(description).matches("byte 0x[89A-F][0-9A-F] at column " + column
                        + " is not UTF-8; .*");
            });
            assertThat(html).as(description).doesNotContain("Exception").doesNotContain("prisma migrate deploy");
        }
    }

    /** Real conversions: each typed macro line becomes one block, one located error, or plain text. */
    @Test
    void typedAttributeListsRenderOrReportWhereTheyAre() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 1000; i++) {
            StringBuilder list = new StringBuilder();
            int pieces = random.nextInt(10);
            for (int p = 0; p < pieces; p++) {
                list.append(word(random));
            }
            String line = "ormcompare::apply[" + list + "]";
            String description = "case " + i + " of seed " + (SEED + 1) + ": " + line;
            Document html = Jsoup.parse(conversion.convert("guide.adoc", "Intro.\n\n" + line + "\n", "html5", false, Map.of()));

            int blocks = html.select(".ormcompare").size();
            int errors = html.select(".ormcompare-error").size();
            assertThat(blocks + errors).as(description).isLessThanOrEqualTo(1);
            assertThat(conversion.records()).as(description).hasSize(errors).allSatisfy(record ->
                    assertThat(record.getCursor().getLineNumber()).isEqualTo(3));
        }
    }
}
