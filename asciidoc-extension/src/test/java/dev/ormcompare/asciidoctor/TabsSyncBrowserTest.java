package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Choosing an ORM in one block chooses it in every block of the page that has it. */
@Tag("browser")
class TabsSyncBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("sync", "", """
                ormcompare::status[orms="django,prisma"]

                %s
                ormcompare::generate[orms="django,sqlalchemy"]

                %s
                ormcompare::rollback[orms="django,prisma"]

                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::apply[orms="sqlalchemy,prisma"]

                ormcompare::status[orms=peewee]

                %s
                """.formatted(filler(8), filler(8), filler(30)));
    }

    @BeforeEach
    void openPage() {
        browser.open(url);
    }

    @Test
    void choosingPrismaInOneBlockSelectsItInEveryBlockThatHasIt() {
        browser.click("#ormcompare-apply-prisma-tab");

        for (String block : List.of("ormcompare-status", "ormcompare-rollback", "ormcompare-apply", "ormcompare-apply-2")) {
            assertThat(selectedOrm(block)).as(block).isEqualTo("prisma");
            assertThat(visiblePanels(block)).as(block).containsExactly("prisma");
        }
    }

    @Test
    void blocksWithoutTheChosenOrmKeepTheirSelection() {
        browser.click("#ormcompare-apply-prisma-tab");

        assertThat(selectedOrm("ormcompare-generate")).isEqualTo("django");
        assertThat(visiblePanels("ormcompare-generate")).containsExactly("django");
        assertThat(selectedOrm("ormcompare-status-2")).isEqualTo("peewee");
        assertThat(visiblePanels("ormcompare-status-2")).containsExactly("peewee");
    }

    @Test
    void theClickedBlockStaysWhereItWasWhileBlocksAboveItChangeHeight() {
        theClickedBlockStaysWhereItWasWhenScrolledTo("center");
    }

    /** Here the block just above is on screen too, where the browser's own scroll anchoring does not help. */
    @Test
    void theClickedBlockStaysWhereItWasWhileTheBlockJustAboveItOnScreenChangesHeight() {
        theClickedBlockStaysWhereItWasWhenScrolledTo("end");
        assertThat(viewportTop("#ormcompare-rollback")).as("block above on screen").isPositive();
    }

    private static void theClickedBlockStaysWhereItWasWhenScrolledTo(String where) {
        browser.js("document.getElementById('ormcompare-apply').scrollIntoView({block: arguments[0]})", where);
        double heightAbove = heightOfBlocksAbove();
        double top = viewportTop("#ormcompare-apply");
        assertThat(browser.js("return scrollY")).as("scrolled").isNotEqualTo(0L);

        browser.click("#ormcompare-apply-prisma-tab");

        assertThat(selectedOrm("ormcompare-status")).isEqualTo("prisma");
        assertThat(heightOfBlocksAbove()).as("height of the blocks above").isNotCloseTo(heightAbove, within(1.0));
        assertThat(viewportTop("#ormcompare-apply")).as("top of the clicked block").isCloseTo(top, within(1.0));
    }

    @Test
    void twoBlocksOfOneTopicHaveUniqueIdsAndEachControlsItsOwnPanels() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("return [...document.querySelectorAll('[id]')].map(e => e.id)");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(browser.js("return [...document.querySelectorAll('[role=tab]')].every(t =>"
                + " t.closest('.ormcompare').contains(document.getElementById(t.getAttribute('aria-controls'))))"))
                .as("every tab controls a panel of its own block").isEqualTo(true);

        browser.click("#ormcompare-apply-2-prisma-tab");
        assertThat(browser.focusedId()).isEqualTo("ormcompare-apply-2-prisma-tab");
        assertThat(visiblePanels("ormcompare-apply-2")).containsExactly("prisma");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");

        browser.press(Keys.ARROW_RIGHT);
        assertThat(browser.focusedId()).as("focus stays in the second block").isEqualTo("ormcompare-apply-2-sqlalchemy-tab");
        assertThat(visiblePanels("ormcompare-apply-2")).containsExactly("sqlalchemy");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");

        browser.click("#ormcompare-apply-django-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django");
        assertThat(visiblePanels("ormcompare-apply-2")).as("second block has no Django").containsExactly("sqlalchemy");
    }

    @Test
    void aBlockWithOneOrmShowsItsOnlyTabWhicheverOrmIsChosen() {
        assertThat(visibleTabs("ormcompare-status-2")).containsExactly("peewee");
        assertThat(visiblePanels("ormcompare-status-2")).containsExactly("peewee");

        browser.click("#ormcompare-status-2-peewee-tab");
        assertThat(selectedOrm("ormcompare-status-2")).isEqualTo("peewee");
        browser.press(Keys.ARROW_RIGHT);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-status-2-peewee-tab");
        browser.press(Keys.END);
        assertThat(browser.focusedId()).isEqualTo("ormcompare-status-2-peewee-tab");

        browser.click("#ormcompare-status-prisma-tab");
        assertThat(selectedOrm("ormcompare-status-2")).isEqualTo("peewee");
        assertThat(visiblePanels("ormcompare-status-2")).containsExactly("peewee");
    }

    private static double heightOfBlocksAbove() {
        return ((Number) browser.js("return ['ormcompare-status', 'ormcompare-rollback', 'ormcompare-generate']"
                + ".map(id => document.getElementById(id).getBoundingClientRect().height).reduce((a, b) => a + b)"))
                .doubleValue();
    }
}
