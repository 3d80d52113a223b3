package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalog of 100 ORMs x 100 topics, and a page of 500 blocks from it. */
class ScaleTest extends RealAsciidoctorTest {

    @Test
    void fiveHundredBlocksFromAHundredByHundredCatalogHaveUniqueIdsAndWorkingTabs() {
        StringBuilder catalog = new StringBuilder();
        for (int orm = 0; orm < 100; orm++) {
            catalog.append("[orm,id=orm").append(orm).append(",name=\"ORM ").append(orm).append("\",language=console]\n");
        }
        for (int topic = 0; topic < 100; topic++) {
            catalog.append("[topic,id=topic").append(topic).append(",title=\"Topic ").append(topic).append("\"]\n");
            for (int orm = 0; orm < 100; orm++) {
                catalog.append("[snippet,topic=topic").append(topic).append(",orm=orm").append(orm).append("]\n----\n$ run ")
                        .append(topic).append(' ').append(orm).append("\n----\n");
            }
        }
        conversion.write("big/catalog.adoc", catalog.toString());
        StringBuilder page = new StringBuilder(":ormcompare-catalog: big\n\n");
        for (int block = 0; block < 500; block++) {
            int topic = block % 100;
            page.append("ormcompare::topic").append(topic).append("[orms=\"orm").append(block % 97).append(",orm")
                    .append((block + 1) % 97).append(",orm99\"]\n\n");
        }

        Document html = Jsoup.parse(conversion.convert("guide.adoc", page.toString(), "html5", true, Map.of()));

        assertThat(conversion.records()).isEmpty();
        assertThat(html.select(".ormcompare")).hasSize(500);
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(html.select("[role=tab]")).hasSize(1500).allSatisfy(tab -> {
            assertThat(html.getElementById(tab.attr("aria-controls"))).isNotNull();
        });
        assertThat(html.select("#ormcompare-topic7-5 [role=tab]").eachText()).containsExactly("ORM 19", "ORM 20", "ORM 99");
    }
}
