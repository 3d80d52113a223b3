package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML5 output follows the WAI-ARIA Authoring Practices tabs pattern, rendered on the server. */
class TabsHtmlTest extends RealAsciidoctorTest {

    private static final String THREE_ORMS = "ormcompare::apply[orms=\"django,sqlalchemy,prisma\"]\n";

    @Test
    void tabListIsNamedAfterTheTopicAndHoldsOneTabPerOrm() {
        Document html = conversion.html(THREE_ORMS);

        Element tabList = html.selectFirst(".ormcompare [role=tablist]");
        assertThat(tabList.attr("aria-label")).isEqualTo("Apply Migration");
        assertThat(tabList.select("> [role=tab]")).hasSize(3);
        assertThat(tabList.select("> button[type=button]")).hasSize(3);
    }

    @Test
    void eachTabControlsThePanelThatIsLabelledByIt() {
        Document html = conversion.html(THREE_ORMS);

        for (Element tab : html.select("[role=tab]")) {
            Element panel = html.getElementById(tab.attr("aria-controls"));
            assertThat(panel).as(tab.text()).isNotNull();
            assertThat(panel.attr("role")).isEqualTo("tabpanel");
            assertThat(panel.attr("aria-labelledby")).isEqualTo(tab.id());
            assertThat(panel.selectFirst(".listingblock > .title").text()).isEqualTo(tab.text());
        }
    }

    @Test
    void onlyTheSelectedTabIsInTheTabSequence() {
        Document html = conversion.html(THREE_ORMS);

        assertThat(html.select("[role=tab]").eachAttr("aria-selected")).containsExactly("true", "false", "false");
        assertThat(html.select("[role=tab]").eachAttr("tabindex")).containsExactly("0", "-1", "-1");
    }

    @Test
    void panelsWithoutFocusableContentAreFocusable() {
        Document html = conversion.html(THREE_ORMS);

        assertThat(html.select("[role=tabpanel]").eachAttr("tabindex")).containsExactly("0", "0", "0");
    }

    @Test
    void theSelectedPanelIsMarkedInTheHtmlItselfAndNoPanelIsHiddenFromReadersWithoutScript() {
        Document html = conversion.html(THREE_ORMS);

        assertThat(html.select("[role=tabpanel]").eachAttr("class"))
                .containsExactly("ormcompare-panel ormcompare-active", "ormcompare-panel", "ormcompare-panel");
        assertThat(html.select("[role=tabpanel][hidden]")).isEmpty();
        assertThat(html.select("[role=tabpanel] pre code")).hasSize(3);
    }

    @Test
    void twoBlocksOfOneTopicOnAPageHaveUniqueIds() {
        Document html = conversion.html(THREE_ORMS + "\n" + THREE_ORMS + "\n" + THREE_ORMS);

        assertThat(html.select(".ormcompare").eachAttr("id"))
                .containsExactly("ormcompare-apply", "ormcompare-apply-2", "ormcompare-apply-3");
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (Element tab : html.select("[role=tab]")) {
            assertThat(html.getElementById(tab.attr("aria-controls")).attr("aria-labelledby")).isEqualTo(tab.id());
        }
    }

    @Test
    void generatedIdsDoNotTakeAnIdTheWriterGave() {
        Document html = conversion.html("[#ormcompare-apply]\n== Apply\n\n" + THREE_ORMS);

        assertThat(html.selectFirst(".ormcompare").id()).isEqualTo("ormcompare-apply-2");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void generatedIdsSkipEveryIdTakenBeforeTheBlockAndStartOverOnTheNextPage() {
        String page = "[#ormcompare-apply-3]\n== Apply\n\n" + THREE_ORMS + "\n" + THREE_ORMS + "\n" + THREE_ORMS
                + "\n[#ormcompare-apply-5]\nA paragraph.\n\n" + THREE_ORMS + "\n" + THREE_ORMS;

        for (int conversion = 1; conversion <= 2; conversion++) {
            Document html = RealAsciidoctorTest.conversion.html(page);

            assertThat(html.select(".ormcompare").eachAttr("id")).as("conversion %d", conversion).containsExactly(
                    "ormcompare-apply", "ormcompare-apply-2", "ormcompare-apply-4", "ormcompare-apply-6", "ormcompare-apply-7");
        }
    }

    @Test
    void theSameSourceGivesByteIdenticalHtml() {
        String source = THREE_ORMS + "\n.Again\n" + THREE_ORMS + "\normcompare::rollback[]\n";

        String first = conversion.convert("guide.adoc", source, "html5", false, java.util.Map.of());
        String second = conversion.convert("guide.adoc", source, "html5", false, java.util.Map.of());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void ormNamesAndTitlesAreEscapedInTheTabMarkup() {
        Document html = conversion.html(".Apply <b>\"now\"</b>\n" + THREE_ORMS);

        Element tabList = html.selectFirst("[role=tablist]");
        assertThat(tabList.attr("aria-label")).isEqualTo("Apply <b>\"now\"</b>");
        assertThat(html.select("[role=tablist] b")).isEmpty();
    }

    @Test
    void notesAreShownInThePanelOfTheirOrm() {
        Document html = conversion.html("ormcompare::rollback[orms=\"django,prisma\"]\n");

        assertThat(html.select("#ormcompare-rollback-django .ormcompare-note")).isEmpty();
        assertThat(html.selectFirst("#ormcompare-rollback-prisma .ormcompare-note").text()).isEqualTo("No built-in rollback.");
    }

    @Test
    void aBlockWithOneOrmIsStillATabWidget() {
        Document html = conversion.html("ormcompare::status[orms=peewee]\n");

        assertThat(html.select("[role=tab]")).hasSize(1);
        assertThat(html.selectFirst("[role=tab]").attr("aria-selected")).isEqualTo("true");
        Set<String> classes = html.selectFirst("[role=tabpanel]").classNames();
        assertThat(classes).contains("ormcompare-active");
    }
}
