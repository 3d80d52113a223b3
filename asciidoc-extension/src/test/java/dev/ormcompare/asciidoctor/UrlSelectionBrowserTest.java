package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ?orm=prisma} selects Prisma in every block that has it and {@code ?orms=django,prisma}
 * sets the picker, so that an address shares what the reader sees. Precedence: the query, then
 * the fragment, then the reader's stored choice, then the page's default.
 */
@Tag("browser")
class UrlSelectionBrowserTest extends RealBrowserTest {

    private static final String PAGE = """
            ormpicker::[]

            ormcompare::apply[orms="django,sqlalchemy,prisma"]

            ormcompare::status[orms="django,prisma"]

            ormcompare::generate[orms="django,sqlalchemy"]
            """;
    private static String guide;

    @BeforeAll
    static void renderPage() {
        guide = page("guide", "", PAGE);
    }

    @Test
    void ormInTheQuerySelectsItInEveryBlockThatHasIt() {
        browser.open(guide + "?orm=prisma");

        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(selectedOrm("ormcompare-status")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-generate")).as("a block without Prisma keeps its default").containsExactly("django");
    }

    @Test
    void ormInTheQueryIsDisplayedBeforeThePageScriptInitialisesThePage() {
        recordPanelsAsParsed();

        browser.open(guide + "?orm=prisma");

        assertThat(panelsAsParsed()).containsEntry("ormcompare-apply-prisma", "block")
                .containsEntry("ormcompare-apply-django", "none")
                .containsEntry("ormcompare-apply-sqlalchemy", "none")
                .containsEntry("ormcompare-status-prisma", "block")
                .containsEntry("ormcompare-status-django", "none")
                .containsEntry("ormcompare-generate-django", "block");
    }

    @Test
    void ormsInTheQuerySetsThePickerBeforeThePageScriptInitialisesThePage() {
        recordPanelsAsParsed();

        browser.open(guide + "?orms=sqlalchemy,prisma");

        assertThat(panelsAsParsed()).containsEntry("ormcompare-status-django", "none")
                .containsEntry("ormcompare-generate-django", "none");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("sqlalchemy", "prisma");
        assertThat(visibleTabs("ormcompare-status")).containsExactly("prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("prisma");
        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-picker [aria-pressed=true]')]"
                + ".map(b => b.dataset.orm)")).isEqualTo(List.of("sqlalchemy", "prisma"));
    }

    @Test
    void theQueryWinsOverTheFragmentAndTheStoredChoiceAndTheFragmentOverTheStoredChoice() {
        store("{\"o\":\"sqlalchemy\",\"p\":[\"django\"]}");

        browser.open(guide + "?orm=prisma&orms=django,prisma#ormcompare-apply-django");

        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");

        store("{\"o\":\"sqlalchemy\"}");
        browser.open(guide + "?orm=prisma#ormcompare-generate-sqlalchemy");

        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(visiblePanels("ormcompare-generate")).as("no Prisma here: the fragment").containsExactly("sqlalchemy");
    }

    @Test
    void theQueryIsNotStoredUntilTheReaderChooses() {
        store("{\"o\":\"sqlalchemy\"}");

        browser.open(guide + "?orm=prisma");
        browser.open(guide);

        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?orm=nope", "?orm=%22%5D%7B", "?orm=", "?orm=%25", "?orms=", "?orms=,,", "?orms=nope,x%22%5D",
            "?orm=<b>x</b>&orms=%3Cimg%20src=x%20onerror=alert(1)%3E", "?orm=Prisma", "?orms=%C3%28"})
    void anUnknownOrMalformedValueIsIgnored(String query) {
        store("{\"o\":\"prisma\"}");

        browser.open(guide + query);

        assertThat(browser.js("return document.documentElement.classList.contains('ormcompare-ready')")).isEqualTo(true);
        assertThat(visiblePanels("ormcompare-apply")).as("the stored choice").containsExactly("prisma");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(browser.js("return document.querySelectorAll('img, b').length")).isEqualTo(0L);
        browser.click("#ormcompare-apply-sqlalchemy-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");
    }

    @Test
    void choosingATabOrPickingUpdatesTheQueryWithoutAddingHistoryEntries() {
        browser.open(guide + "?orm=prisma&orms=django,prisma&lang=en");
        Object historyLength = browser.js("return history.length");

        browser.click("#ormcompare-status-django-tab");
        assertThat(browser.js("return location.search")).isEqualTo("?orm=django&orms=django,prisma&lang=en");
        assertThat(browser.js("return location.hash")).isEqualTo("#ormcompare-status-django");
        assertThat(visiblePanels("ormcompare-apply")).as("the reader's choice now holds for the page").containsExactly("django");

        browser.click(".ormcompare-picker [data-orm=sqlalchemy]");
        assertThat(browser.js("return location.search")).isEqualTo("?orm=django&orms=django,prisma,sqlalchemy&lang=en");
        assertThat(browser.js("return history.length")).as("no history entry per click").isEqualTo(historyLength);

        browser.reload();
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
    }

    @Test
    void anAddressWithoutAQueryKeepsNone() {
        browser.open(guide);

        browser.click("#ormcompare-apply-prisma-tab");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(guide + "#ormcompare-apply-prisma");
    }

    @Test
    void itWorksInAPageOpenedFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("guide.html");
        Files.writeString(file, conversion.standalonePage("guide.adoc", "= guide\n:webfonts!:\n\n" + PAGE));

        browser.open(file.toUri() + "?orm=prisma&orms=django,prisma");

        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");
        browser.click("#ormcompare-apply-django-tab");
        assertThat(browser.js("return location.search")).isEqualTo("?orm=django&orms=django,prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("django");
        // file pages leave the test site: back to it for the checks after each test
        browser.open(site.url("blank.html"));
    }

    /** Stores {@code json} as the reader's state, from another page, so that the next page reads it afresh. */
    private static void store(String json) {
        browser.open(site.url("blank.html"));
        browser.js("localStorage.setItem('ormcompare', arguments[0])", json);
    }
}
