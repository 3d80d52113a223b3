package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tabs' CSS and JS appear once per page: in the head when standalone, inline when embedded. */
class AssetsPlacementTest extends RealAsciidoctorTest {

    private static final String TWO_BLOCKS = "ormcompare::apply[orms=django]\n\normcompare::status[orms=prisma]\n";

    @Test
    void standalonePageGetsTheAssetsOnceInTheHead() {
        Document html = conversion.standaloneHtml("= Guide\n\n" + TWO_BLOCKS);

        assertThat(html.select("style:containsData(.ormcompare-tablist)")).hasSize(1);
        assertThat(html.select("script:containsData(ormcompare-js)")).hasSize(1);
        assertThat(html.head().select("style:containsData(.ormcompare-tablist)")).hasSize(1);
        assertThat(html.head().select("script:containsData(ormcompare-js)")).hasSize(1);
    }

    @Test
    void embeddedPageGetsTheAssetsOnceAtItsStartBeforeAnyBlock() {
        Document html = conversion.html("== Section\n\n" + TWO_BLOCKS);

        assertThat(html.select("style:containsData(.ormcompare-tablist)")).hasSize(1);
        assertThat(html.select("script:containsData(ormcompare-js)")).hasSize(1);
        assertThat(html.body().child(0).tagName()).isEqualTo("style");
        assertThat(html.body().child(1).tagName()).isEqualTo("script");
        assertThat(html.select(".ormcompare script, .ormcompare style")).isEmpty();
    }

    @Test
    void aPageThatLinksTheAssetsAsSiteFilesCarriesNeitherInline() {
        String linked = ":ormcompare-assets: linked\n\n";
        Document standalone = conversion.standaloneHtml("= Guide\n" + linked + TWO_BLOCKS);
        Document embedded = conversion.html(linked + TWO_BLOCKS);

        assertThat(standalone.select("style:containsData(ormcompare), script:containsData(ormcompare)")).isEmpty();
        assertThat(embedded.select("style, script")).isEmpty();
        assertThat(embedded.select(".ormcompare [role=tablist]")).hasSize(2);
    }

    @Test
    void theLinkedFilesAreTheInlineAssets() {
        assertThat(Assets.html()).isEqualTo("<style>" + TabsAssets.css() + "</style>\n<script>" + TabsAssets.script()
                + "</script>\n");
    }

    /** Minified at build time by esbuild; 3,300 bytes with the regular expressions that minified them before. */
    @Test
    void assetsStayWithinTheBudgetOf2700BytesGzipped() {
        assertThat(Assets.gzippedSize(Assets.html())).as("gzipped size of all the CSS and JS a page carries")
                .isLessThanOrEqualTo(2700);
    }

    @Test
    void documentsCanStateTheAssetsSize() {
        Document html = conversion.html("The tabs weigh {ormcompare-assets-size}.\n");

        assertThat(html.text()).matches("The tabs weigh [0-9,]+ bytes gzipped \\([0-9,]+ bytes as sent\\)\\.");
    }

    @Test
    void pagesWithoutComparisonsGetNoAssets() {
        Document standalone = conversion.standaloneHtml("= Guide\n\nJust text.\n");
        Document embedded = conversion.html("Just text.\n");

        assertThat(standalone.select("style:containsData(ormcompare), script:containsData(ormcompare)")).isEmpty();
        assertThat(embedded.select("style, script")).isEmpty();
    }

    @Test
    void pagesWithoutAMacroAreNotSearchedForBlocks() {
        // A block with the tabs' role written by hand: only a page with a macro is searched for them.
        Document html = conversion.html("[.ormcompare]\n--\nBy hand.\n--\n");

        assertThat(html.select(".ormcompare")).hasSize(1);
        assertThat(html.select("style, script")).isEmpty();
    }

    @Test
    void aPickerAtTheTopIsAMacroToo() {
        Document html = conversion.html(":ormcompare-picker: django, prisma\n\nJust text.\n");

        assertThat(html.select(".ormcompare-picker")).hasSize(1);
        assertThat(html.select("script:containsData(ormcompare-js)")).hasSize(1);
    }

    @Test
    void aPageWhoseOnlyMacroIsBrokenGetsNoScript() {
        Document html = conversion.html("ormcompare::nope[]\n");

        assertThat(html.select("script")).isEmpty();
    }
}
