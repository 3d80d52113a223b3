package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every snippet of the ORM Party page, rendered through the macro, shows exactly the seed's code.
 * The seed is read here on its own terms (topic titles and ORM names as headings), independently
 * of the catalog file it was turned into.
 */
class SeedSnippetsTest extends RealAsciidoctorTest {

    private static final Map<String, String> TOPICS = Map.of("Generate Migration", "generate",
            "Apply Migration", "apply", "Rollback Migration", "rollback", "Migration Status", "status");
    private static final List<String> ORMS = List.of("SQL", "Django ORM", "SQLAlchemy", "SQLModel", "Tortoise ORM",
            "Peewee", "Prisma", "Drizzle", "Kysely", "TypeORM", "MikroORM", "Sequelize");

    static Stream<Arguments> seedSnippets() throws IOException {
        String seed;
        try (InputStream in = SeedSnippetsTest.class.getResourceAsStream("/seed/orm-party-migrations.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> snippets = new LinkedHashMap<>();
        List<String> current = null;
        String topic = null;
        for (String line : seed.split("\n", -1)) {
            if (TOPICS.containsKey(line)) {
                topic = TOPICS.get(line);
                current = null;
            } else if (topic != null && ORMS.contains(line)) {
                current = new ArrayList<>();
                snippets.put(topic + "|" + line, current);
            } else if (current != null) {
                current.add(line);
            }
        }
        assertThat(snippets).hasSize(48);
        return snippets.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\\|");
            return Arguments.of(key[0], key[1], String.join("\n", entry.getValue()).strip());
        });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("seedSnippets")
    void rendersTheSeedSnippetVerbatim(String topic, String ormName, String seedCode) {
        org.jsoup.nodes.Document html = conversion.html("ormcompare::" + topic + "[orms=\"" + ormName + "\"]\n");

        Element panel = html.selectFirst(".ormcompare [role=tabpanel]");
        assertThat(panel).isNotNull();
        assertThat(panel.selectFirst(".listingblock > .title").text()).isEqualTo(ormName);
        assertThat(panel.selectFirst("pre code").wholeText()).isEqualTo(seedCode);
        assertThat(conversion.records()).isEmpty();
    }
}
