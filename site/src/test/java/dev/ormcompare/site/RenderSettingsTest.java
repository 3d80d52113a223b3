package dev.ormcompare.site;

import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.asciidoctor.settings.FailOn;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The document attributes every page gets, from what a pom's {@code <attributes>} says. */
class RenderSettingsTest {

    private static Map<String, Object> attributesFor(Map<String, String> pom) {
        return new RenderSettings(Path.of("project"), Path.of("project/src/docs/asciidoc"), Path.of("project/target/site"),
                Path.of("project/src/docs/no-catalog-here"), Path.of("project/target/state"), PageSelection.DEFAULT, pom,
                "test", FailOn.ERROR, 1, SiteLook.stock()).documentAttributes();
    }

    @Test
    void rougeHighlightsUnlessThePageSaysOtherwise() {
        assertThat(attributesFor(Map.of())).containsEntry("source-highlighter", "rouge@").containsEntry("reproducible", "");
    }

    @Test
    void thePomsHighlighterWins() {
        assertThat(attributesFor(Map.of("source-highlighter", "highlight.js")))
                .containsEntry("source-highlighter", "highlight.js").doesNotContainKey("source-highlighter!");
    }

    @Test
    void falseUnsetsAndLocksTrueAndEmptySet() {
        Map<String, String> pom = new HashMap<>(Map.of("sectnums", "false", "toc", "TRUE", "source-highlighter", "false"));
        pom.put("beta", null);

        assertThat(attributesFor(pom)).containsEntry("sectnums!", "").containsEntry("toc", "").containsEntry("beta", "")
                .containsEntry("source-highlighter!", "").doesNotContainKeys("sectnums", "source-highlighter");
    }
}
