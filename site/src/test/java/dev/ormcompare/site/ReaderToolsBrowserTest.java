package dev.ormcompare.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORM picker and a comparison of every ORM on a themed page, and the header, in a real headless
 * Chromium: a pressed ORM unlike a selected tab, the picker's label on its buttons' line, a bar of a dozen
 * ORMs one row on a phone that says it scrolls, the site's name whole. With {@code -Dormcompare.screenshots=DIR}
 * the top of the page is saved there at 1280 and 390 px, light and dark.
 */
@Tag("browser")
class ReaderToolsBrowserTest extends RenderedSiteBrowserTest {

    private static final String PAGE = "tools/target/site/guide/every.html";


    @BeforeAll
    static void renderAndStart() throws IOException {
        DocsProject project = start("tools");
        project.look = new SiteLook(SiteLook.ORMCOMPARE, "Hibernate Search", "9.0.0-SNAPSHOT", "images/logo.svg", "Footer", "");
        project.write("src/docs/asciidoc/images/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>");
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
        project.write("src/docs/asciidoc/guide/every.adoc", "= Every ORM\n:ormcompare-picker:\n\n== Applying\n\n"
                + "ormcompare::apply[]\n\n== Generating\n\normcompare::generate[orms=\"django,prisma\"]\n");
        assertThat(project.render().problems()).isEmpty();
    }

    @Test
    void aPressedOrmLooksUnlikeASelectedTab() {
        browser.open(PAGE, 1280);
        browser.click(".ormcompare-picker [data-orm=prisma]");

        Map<?, ?> pressed = style(".ormcompare-picker [aria-pressed=true]");
        Map<?, ?> selected = style("#ormcompare-apply [role=tab][aria-selected=true]");
        Map<?, ?> unpressed = style(".ormcompare-picker [aria-pressed=false]");

        assertThat(pressed.get("background")).as("filled").isNotEqualTo(unpressed.get("background"))
                .isNotEqualTo(selected.get("background"));
        assertThat(pressed.get("mark")).as("checked").asString().startsWith("\"✓");
        assertThat(selected.get("mark")).isIn("none", "normal");
    }

    @Test
    void thePickersLabelSitsOnTheLineOfItsButtons() {
        for (int width : new int[] {1280, 390}) {
            browser.open(PAGE, width);

            Number labelMiddle = (Number) browser.js("var r = document.querySelector('.ormcompare-picker > span').getBoundingClientRect();"
                    + " return (r.top + r.bottom) / 2");
            Number buttonMiddle = (Number) browser.js("var r = document.querySelector('.ormcompare-picker > button').getBoundingClientRect();"
                    + " return (r.top + r.bottom) / 2");
            assertThat(labelMiddle.doubleValue()).as("at " + width).isCloseTo(buttonMiddle.doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        }
    }

    @Test
    void onAPhoneABarOfADozenOrmsIsOneRowThatScrollsAndFadesWhereMoreIs() {
        browser.open(PAGE, 390);

        for (String bar : List.of(".ormcompare-picker", "#ormcompare-apply .ormcompare-bar")) {
            long buttons = (Long) browser.js("return document.querySelectorAll(arguments[0] + ' button').length", bar);
            assertThat(buttons).as(bar).isGreaterThanOrEqualTo(13);
            Number rows = (Number) browser.js("return new Set([...document.querySelectorAll(arguments[0] + ' button')]"
                    + ".map(b => Math.round(b.getBoundingClientRect().top))).size", bar);
            assertThat(rows.intValue()).as(bar + ": rows of buttons").isLessThanOrEqualTo(2);
        }
        for (String scroller : List.of(".ormcompare-picker", "#ormcompare-apply .ormcompare-tablist")) {
            assertThat(browser.js("var b = document.querySelector(arguments[0]); return b.scrollWidth > b.clientWidth", scroller))
                    .as(scroller + " scrolls").isEqualTo(true);
            assertThat(browser.computed(scroller, "--oc-fade-right")).as(scroller + " fades on the right").isNotEqualTo("0px");
        }
        assertThat(browser.js("return document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth")).isEqualTo(true);
    }

    @Test
    void theSitesNameIsWholeOnAPhone() {
        browser.open(PAGE, 390);

        assertThat(browser.js("var n = document.querySelector('.oc-name'); return n.scrollWidth + ' <= ' + n.clientWidth"))
                .asString().matches(text -> {
                    String[] widths = text.split(" <= ");
                    return Integer.parseInt(widths[0]) <= Integer.parseInt(widths[1]);
                }, "not cut");
        assertThat(browser.js("return document.querySelector('.oc-nav-toggle').getAttribute('aria-expanded') !== null"
                + " && document.querySelector('.oc-nav-toggle').textContent")).isEqualTo("Menu");
    }

    @Test
    void axeFindsNoViolationInLightOrDarkWithAnOrmPressed() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 390}) {
                browser.reset(); // the picker's choice is kept across pages: pressed afresh each time
                browser.prefersColorScheme(scheme);
                browser.open(PAGE, width);
                browser.click(".ormcompare-picker [data-orm=django]");
                assertThat(browser.find(".ormcompare-picker [data-orm=django]").getDomAttribute("aria-pressed")).isEqualTo("true");

                assertThat(browser.axeViolations()).as("axe-core, " + scheme + " at " + width).isEmpty();
                String shots = System.getProperty("ormcompare.screenshots", "");
                if (!shots.isBlank()) {
                    browser.screenshot(Path.of(shots, "tools-" + width + "-" + scheme + ".png"), 0, width < 600 ? 844 : 900);
                }
            }
        }
    }

    private static Map<?, ?> style(String selector) {
        return (Map<?, ?>) browser.js("var e = document.querySelector(arguments[0]), s = getComputedStyle(e);"
                + " return {background: s.backgroundColor, mark: getComputedStyle(e, '::before').content}", selector);
    }
}
