package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ORM picker bar filters the tabs of every block on the page, and of the pages after it. */
@Tag("browser")
class OrmPickerBrowserTest extends RealBrowserTest {

    private static String guide;
    private static String other;

    @BeforeAll
    static void renderPages() {
        guide = page("guide", ":ormcompare-picker:", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms="sqlalchemy,prisma"]

                ormcompare::generate[orms="sqlalchemy,drizzle"]
                """);
        other = page("other", "", """
                Pick the ORMs you use:

                ormpicker::[orms="django,prisma,drizzle"]

                ormcompare::rollback[orms="django,sqlalchemy,prisma"]
                """);
    }

    @Test
    void pickingPrismaAndDjangoLeavesOnlyTheirTabsInBlocksThatHaveOneOfThem() {
        browser.open(guide);

        pick("prisma");
        pick("django");

        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");
        assertThat(visibleTabs("ormcompare-status")).containsExactly("prisma");
        assertThat(selectedOrm("ormcompare-status")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("prisma");
        for (String filteredOut : List.of("#ormcompare-apply-sqlalchemy", "#ormcompare-apply-sqlalchemy-tab",
                "#ormcompare-status-sqlalchemy", "#ormcompare-status-sqlalchemy-tab")) {
            assertThat(browser.find(filteredOut).getDomAttribute("class")).as(filteredOut).contains("ormcompare-out");
            assertThat(computedStyle(filteredOut, "display")).as(filteredOut).isEqualTo("none");
        }
    }

    @Test
    void aBlockWithNoneOfThePickedOrmsKeepsAllItsTabs() {
        browser.open(guide);

        pick("prisma");
        pick("django");

        assertThat(visibleTabs("ormcompare-generate")).containsExactly("sqlalchemy", "drizzle");
        assertThat(visiblePanels("ormcompare-generate")).containsExactly("sqlalchemy");
        assertThat(browser.js("return document.querySelectorAll('#ormcompare-generate .ormcompare-out').length"))
                .isEqualTo(0L);
    }

    @Test
    void pickerButtonsSayWhetherTheyArePressed() {
        browser.open(guide);
        assertThat(pressedPickerButtons()).isEmpty();

        pick("prisma");
        pick("django");
        assertThat(pressedPickerButtons()).containsExactly("django", "prisma");

        pick("prisma");
        assertThat(pressedPickerButtons()).containsExactly("django");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django");
    }

    @Test
    void showAllBringsEveryTabBack() {
        browser.open(guide);
        pick("prisma");
        pick("django");

        browser.click(".ormcompare-picker .ormcompare-all");

        assertThat(pressedPickerButtons()).isEmpty();
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visibleTabs("ormcompare-status")).containsExactly("sqlalchemy", "prisma");
        assertThat(browser.js("return document.querySelectorAll('.ormcompare-out').length")).isEqualTo(0L);
    }

    @Test
    void thePicksSurviveAReloadAndApplyOnOtherPages() {
        browser.open(guide);
        pick("prisma");
        pick("django");

        browser.reload();
        assertThat(pressedPickerButtons()).containsExactly("django", "prisma");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");
        assertThat(visibleTabs("ormcompare-status")).containsExactly("prisma");

        browser.open(other);
        assertThat(pressedPickerButtons()).containsExactly("django", "prisma");
        assertThat(visibleTabs("ormcompare-rollback")).containsExactly("django", "prisma");
    }

    @Test
    void theOrmpickerMacroRendersAWorkingPicker() {
        browser.open(other);

        assertThat(browser.find(".ormcompare-picker").isDisplayed()).isTrue();
        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-picker button')].map(b => b.textContent)"))
                .isEqualTo(List.of("Django ORM", "Prisma", "Drizzle", "Show all"));
        pick("prisma");
        assertThat(visibleTabs("ormcompare-rollback")).containsExactly("prisma");
        assertThat(visiblePanels("ormcompare-rollback")).containsExactly("prisma");
    }

    @Test
    void aPickerWithoutOrmsOffersTheOrmsThePagesComparisonsShowInCatalogOrder() {
        browser.open(page("every", "", "ormpicker::[]\n\normcompare::apply[orms=\"prisma,django\"]\n\n"
                + "|===\na|ormcompare::status[orms=\"sqlalchemy,prisma\"]\n|===\n"));

        assertThat(browser.find(".ormcompare-picker").isDisplayed()).isTrue();
        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-picker [data-orm]')].map(b => b.dataset.orm)"))
                .isEqualTo(List.of("django", "sqlalchemy", "prisma"));
        pick("sqlalchemy");
        assertThat(visibleTabs("ormcompare-status")).containsExactly("sqlalchemy");
    }

    @Test
    void onAPageWithoutComparisonsItOffersEveryOrm() {
        browser.open(page("nothing", ":ormcompare-picker:", "Only words.\n"));

        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-picker [data-orm]')].map(b => b.dataset.orm)"))
                .isEqualTo(List.of("sql", "django", "sqlalchemy", "sqlmodel", "tortoise", "peewee", "prisma", "drizzle",
                        "kysely", "typeorm", "mikroorm", "sequelize", "hibernate", "spring-data-jpa", "flyway", "liquibase",
                        "jooq", "mybatis", "jdbi"));
    }

    private static void pick(String orm) {
        browser.click(".ormcompare-picker [data-orm=" + orm + "]");
    }

    @SuppressWarnings("unchecked")
    private static List<String> pressedPickerButtons() {
        return (List<String>) browser.js("return [...document.querySelectorAll('.ormcompare-picker [aria-pressed=true]')]"
                + ".map(b => b.dataset.orm)");
    }
}
