package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORM a reader chose is remembered for the whole site and shown from the first paint of the
 * next page; where storage is blocked, the tabs work all the same.
 */
@Tag("browser")
class TabsStateBrowserTest extends RealBrowserTest {

    private static String guide;
    private static String other;

    @BeforeAll
    static void renderPages() {
        guide = page("guide", "", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                %s
                ormcompare::status[orms="django,prisma"]

                %s
                """.formatted(filler(6), filler(20)));
        other = page("other", "", """
                ormcompare::rollback[orms="django,prisma"]

                ormcompare::generate[orms="django,sqlalchemy"]
                """);
    }

    @Test
    void theChosenOrmIsSelectedAgainAfterAReload() {
        choosePrisma();

        browser.reload();

        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(selectedOrm("ormcompare-status")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("prisma");
    }

    @Test
    void theChosenOrmIsSelectedOnAnotherPageOfTheSite() {
        choosePrisma();

        browser.open(other);

        assertThat(selectedOrm("ormcompare-rollback")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-rollback")).containsExactly("prisma");
        assertThat(selectedOrm("ormcompare-generate")).isEqualTo("django");
        assertThat(visiblePanels("ormcompare-generate")).containsExactly("django");
    }

    /** The server selected Django; the reader's Prisma must be what is displayed as the parser inserts the panels. */
    @Test
    void theChosenOrmIsDisplayedBeforeThePageScriptInitialisesThePage() {
        choosePrisma();
        recordPanelsAsParsed();

        browser.reload();

        Map<String, String> displays = panelsAsParsed();
        assertThat(displays).containsEntry("ormcompare-apply-prisma", "block")
                .containsEntry("ormcompare-apply-django", "none")
                .containsEntry("ormcompare-apply-sqlalchemy", "none")
                .containsEntry("ormcompare-status-prisma", "block")
                .containsEntry("ormcompare-status-django", "none");
    }

    @Test
    void withoutAChoiceTheServerSelectedPanelIsDisplayedBeforeThePageScriptInitialisesThePage() {
        recordPanelsAsParsed();

        browser.open(guide);

        assertThat(panelsAsParsed()).containsEntry("ormcompare-apply-django", "block")
                .containsEntry("ormcompare-apply-sqlalchemy", "none")
                .containsEntry("ormcompare-apply-prisma", "none");
    }

    @Test
    void aReloadWithAChosenOrmShiftsNoLayout() {
        choosePrisma();
        browser.beforePageScripts("""
                window.layoutShift = 0;
                window.layoutShifts = new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (entry) { window.layoutShift += entry.value; });
                });
                window.layoutShifts.observe({type: 'layout-shift', buffered: true});
                """);

        browser.reload();

        Object shift = browser.asyncJs("""
                var done = arguments[arguments.length - 1];
                function settled() {
                  requestAnimationFrame(function () {
                    requestAnimationFrame(function () {
                      window.layoutShifts.takeRecords().forEach(function (entry) { window.layoutShift += entry.value; });
                      done(window.layoutShift);
                    });
                  });
                }
                document.readyState == 'complete' ? settled() : addEventListener('load', settled);
                """);
        assertThat(((Number) shift).doubleValue()).as("total layout shift").isZero();
        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
    }

    @Test
    void tabsWorkWithoutAnErrorWhereStorageIsBlocked() {
        browser.beforePageScripts("Object.defineProperty(window, 'localStorage', "
                + "{get() { throw new DOMException('blocked', 'SecurityError'); }});");
        browser.open(guide);
        assertThat(browser.js("try { localStorage; return 'available'; } catch (e) { return e.name; }"))
                .isEqualTo("SecurityError");

        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("prisma");
        browser.press(Keys.ARROW_LEFT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-sqlalchemy-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");

        browser.open(guide);
        assertThat(visiblePanels("ormcompare-apply")).as("nothing was stored").containsExactly("django");
    }

    private static void choosePrisma() {
        browser.open(guide);
        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
    }
}
