package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A printed page shows every snippet titled with its ORM, and none of the controls. */
@Tag("browser")
class PrintBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("print", ":ormcompare-picker:", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::status[orms="django,prisma"]
                """);
    }

    /** A reader who picked Prisma (so SQLAlchemy is filtered out) and chose it, then prints. */
    @BeforeEach
    void pickPrismaThenPrint() {
        browser.open(url);
        browser.click(".ormcompare-picker [data-orm=prisma]");
        browser.click(".ormcompare-picker [data-orm=django]");
        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(visibleTabs("ormcompare-apply")).containsExactly("django", "prisma");

        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.js("return matchMedia('print').matches")).isEqualTo(true);
    }

    @Test
    void everyPanelIsPrintedWithItsOrmsNameAsTitleFilteredOnesToo() {
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visibleTitles("ormcompare-apply")).containsExactly("django", "sqlalchemy", "prisma");
        assertThat(visiblePanels("ormcompare-status")).containsExactly("django", "prisma");
        assertThat(visibleTitles("ormcompare-status")).containsExactly("django", "prisma");
        assertThat(browser.js("return [...document.querySelectorAll('#ormcompare-apply .listingblock > .title')]"
                + ".map(t => t.innerText)")).isEqualTo(List.of("Django ORM", "SQLAlchemy", "Prisma"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTabBarThePickerAndTheCopyButtonsAreNotPrinted() {
        assertThat(browser.js("return document.querySelectorAll('.ormcompare-copy').length")).isEqualTo(5L);
        assertThat((List<Object>) browser.js("return [...document.querySelectorAll('.ormcompare-bar, .ormcompare-picker, .ormcompare-copy')]"
                + ".map(e => getComputedStyle(e).display)")).hasSize(8).containsOnly("none");
    }
}
