package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of 500 blocks works in the browser: unique ids, and a choice reaches the last block. */
@Tag("browser")
class ScaleBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        StringBuilder blocks = new StringBuilder();
        List<String> topics = List.of("generate", "apply", "rollback", "status");
        for (int block = 0; block < 500; block++) {
            blocks.append("ormcompare::").append(topics.get(block % 4)).append("[orms=\"django,prisma,sql\"]\n\n");
        }
        url = page("many", "", blocks.toString());
    }

    @Test
    void fiveHundredBlocksHaveUniqueIdsAndOneChoiceSelectsPrismaInAllOfThem() {
        browser.open(url);

        Object duplicates = browser.js("var ids = [].map.call(document.querySelectorAll('[id]'), e => e.id);"
                + "return ids.length - new Set(ids).size;");
        assertThat(((Number) duplicates).intValue()).isZero();
        assertThat(((Number) browser.js("return document.querySelectorAll('.ormcompare').length;")).intValue())
                .isEqualTo(500);

        browser.click("#ormcompare-apply-prisma-tab");

        assertThat(selectedOrm("ormcompare-status-125")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-status-125")).containsExactly("prisma");
        assertThat(((Number) browser.js("return document.querySelectorAll("
                + "'[role=tab][data-orm=prisma][aria-selected=true]').length;")).intValue()).isEqualTo(500);
    }
}
