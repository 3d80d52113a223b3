package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A link to a panel's id opens that panel; a tab's panel id is the address of what the reader sees. */
@Tag("browser")
class DeepLinksBrowserTest extends RealBrowserTest {

    private static String guide;
    private static String other;

    @BeforeAll
    static void renderPages() {
        guide = page("guide", "", """
                See <<ormcompare-apply-prisma,how Prisma applies a migration>>.

                %s
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                %s
                """.formatted(filler(40), filler(40)));
        other = page("other", "", """
                See xref:guide.adoc#ormcompare-apply-prisma[Prisma in the guide] and <<größe-prisma,Prisma here>>.

                %s
                ormcompare::status[id=größe,orms="django,prisma"]

                %s
                """.formatted(filler(40), filler(40)));
    }

    @Test
    void openingAPagesAddressWithAPanelIdSelectsThatPanelAndScrollsToIt() {
        browser.open(guide + "#ormcompare-apply-prisma");

        assertPrismaSelectedAndOnScreen();
    }

    @Test
    void aLinkOnThePageToAPanelSelectsItWhenClicked() {
        browser.open(guide);
        assertThat(isOnScreen("#ormcompare-apply")).as("block on screen before the click").isFalse();

        browser.click("a[href='#ormcompare-apply-prisma']");

        assertPrismaSelectedAndOnScreen();
    }

    @Test
    void aLinkFromAnotherPageToAPanelSelectsIt() {
        browser.open(other);

        browser.click("a[href='guide.html#ormcompare-apply-prisma']");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(guide + "#ormcompare-apply-prisma");
        assertPrismaSelectedAndOnScreen();
    }

    @Test
    void aLinkToAPanelWhoseIdIsNotAsciiSelectsIt() {
        browser.open(other);

        browser.click("a[href='#größe-prisma']");

        assertThat(browser.js("return location.hash")).isEqualTo("#gr%C3%B6%C3%9Fe-prisma");
        assertThat(selectedOrm("größe")).isEqualTo("prisma");
        assertThat(isOnScreen("#größe-prisma")).isTrue();
    }

    @Test
    void anAddressWhoseFragmentIsNoValidEscapeBreaksNothing() {
        browser.open(guide + "#100%");

        assertThat(browser.js("return document.documentElement.classList.contains('ormcompare-ready')")).isEqualTo(true);
        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        browser.click("#ormcompare-apply-sqlalchemy-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("sqlalchemy");
    }

    @Test
    void clickingATabPutsItsPanelIdInTheAddress() {
        browser.open(guide);
        Object historyLength = browser.js("return history.length");

        browser.click("#ormcompare-apply-sqlalchemy-tab");
        assertThat(browser.js("return location.hash")).isEqualTo("#ormcompare-apply-sqlalchemy");

        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(browser.js("return location.hash")).isEqualTo("#ormcompare-apply-prisma");
        assertThat(browser.js("return history.length")).as("no history entry per click").isEqualTo(historyLength);
    }

    private static void assertPrismaSelectedAndOnScreen() {
        assertThat(selectedOrm("ormcompare-apply")).isEqualTo("prisma");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
        assertThat(isOnScreen("#ormcompare-apply-prisma")).as("Prisma's panel on screen").isTrue();
    }

    private static boolean isOnScreen(String cssSelector) {
        return (Boolean) browser.js("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < innerHeight && r.height > 0", cssSelector);
    }
}
