package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that use the tabs in a real headless Chromium: pages converted by a real
 * Asciidoctor with the extension, served by a local {@link Site}. One browser per test class;
 * after each test, no page may have had a script error, and storage is emptied.
 */
@Tag("browser")
abstract class RealBrowserTest extends RealAsciidoctorTest {

    static Site site;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        site = new Site();
        site.put("blank.html", "<!DOCTYPE html><title>blank</title>");
        browser = Browser.start();
    }

    @AfterEach
    void noPageHadAScriptError() {
        try {
            assertThat(browser.scriptErrors()).as("script errors on the test's pages").isEmpty();
        } finally {
            browser.reset(site.url("blank.html"));
        }
    }

    @AfterAll
    static void stopBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            site.close();
        }
    }

    /**
     * Converts {@code <name>.adoc} (a document titled {@code name}, with {@code headerLines} in its
     * header and {@code body} after it) to a standalone page as a docs build would, with Rouge
     * highlighting and no web fonts (the tests have no network), and serves it as {@code <name>.html}.
     *
     * @return the page's URL
     */
    static String page(String name, String headerLines, String body) {
        String adoc = "= " + name + "\n:webfonts!:\n:source-highlighter: rouge\n" + headerLines
                + (headerLines.isEmpty() || headerLines.endsWith("\n") ? "" : "\n") + "\n" + body;
        String html = conversion.standalonePage(name + ".adoc", adoc);
        assertThat(conversion.records()).as("problems converting " + name + ".adoc")
                .noneMatch(record -> record.getSeverity().compareTo(Severity.WARN) >= 0);
        return site.put(name + ".html", html);
    }

    /** Paragraphs of filler text, to make a page long enough to scroll. */
    static String filler(int paragraphs) {
        return "Filler text to make the page scroll, long enough to wrap on a wide window and then some more.\n\n"
                .repeat(paragraphs);
    }

    // What the reader sees and what assistive technology is told, read from the live page.

    /** The ORM of the tab marked selected in block {@code blockId}. */
    static String selectedOrm(String blockId) {
        return (String) browser.js("return document.querySelector('#' + arguments[0] + ' [role=tab][aria-selected=true]')"
                + ".dataset.orm", blockId);
    }

    /** The ORMs of block {@code blockId} whose code the reader can see, in page order. */
    @SuppressWarnings("unchecked")
    static List<String> visiblePanels(String blockId) {
        return (List<String>) browser.js("return [...document.querySelectorAll('#' + arguments[0] + ' [role=tabpanel]')]"
                + ".filter(p => p.querySelector('pre').checkVisibility({visibilityProperty: true, opacityProperty: true})"
                + " && p.querySelector('pre').getBoundingClientRect().height > 0).map(p => p.dataset.orm)", blockId);
    }

    /** The ORMs of the tabs block {@code blockId} shows, in order. */
    @SuppressWarnings("unchecked")
    static List<String> visibleTabs(String blockId) {
        return (List<String>) browser.js("return [...document.querySelectorAll('#' + arguments[0] + ' [role=tab]')]"
                + ".filter(t => t.checkVisibility({visibilityProperty: true})).map(t => t.dataset.orm)", blockId);
    }

    /** The ORMs of block {@code blockId} whose panel shows its listing's title (the ORM's name). */
    @SuppressWarnings("unchecked")
    static List<String> visibleTitles(String blockId) {
        return (List<String>) browser.js("return [...document.querySelectorAll('#' + arguments[0] + ' [role=tabpanel]')]"
                + ".filter(p => p.querySelector('.listingblock > .title').checkVisibility({visibilityProperty: true}))"
                + ".map(p => p.dataset.orm)", blockId);
    }

    /**
     * From the next page load on, notes for each tab panel, as the parser inserts it, its computed
     * {@code display} and whether the page's script had initialised the page by then. Read them
     * with {@link #panelsAsParsed()}.
     *
     * <p>A MutationObserver's callback may come after the page's own DOMContentLoaded listener
     * (Chromium fires that event as soon as parsing ends), so the records still pending then are
     * taken in a DOMContentLoaded listener of ours, registered before the page's.
     */
    static void recordPanelsAsParsed() {
        browser.beforePageScripts("""
                window.panelsAsParsed = [];
                function notePanels(mutations) {
                  mutations.forEach(function (mutation) {
                    mutation.addedNodes.forEach(function (node) {
                      if (node.classList && node.classList.contains('ormcompare-panel')) {
                        window.panelsAsParsed.push({id: node.id, display: getComputedStyle(node).display,
                          initialised: document.documentElement.classList.contains('ormcompare-ready')});
                      }
                    });
                  });
                }
                var panelObserver = new MutationObserver(notePanels);
                panelObserver.observe(document, {childList: true, subtree: true});
                document.addEventListener('DOMContentLoaded', function () {
                  notePanels(panelObserver.takeRecords());
                });
                """);
    }

    /** Each panel's id and its computed display as parsed; fails if the page's script had initialised it by then. */
    @SuppressWarnings("unchecked")
    static Map<String, String> panelsAsParsed() {
        List<Map<String, Object>> records = (List<Map<String, Object>>) browser.js("return window.panelsAsParsed");
        assertThat(records).as("panels seen as the parser inserted them").isNotEmpty()
                .allSatisfy(record -> assertThat(record.get("initialised")).as("page initialised by then").isEqualTo(false));
        Map<String, String> displays = new LinkedHashMap<>();
        records.forEach(record -> displays.put((String) record.get("id"), (String) record.get("display")));
        return displays;
    }

    static String computedStyle(String cssSelector, String property) {
        return (String) browser.js("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", cssSelector, property);
    }

    /** The distance from the top of the viewport to the top of the first element matching {@code cssSelector}. */
    static double viewportTop(String cssSelector) {
        return ((Number) browser.js("return document.querySelector(arguments[0]).getBoundingClientRect().top",
                cssSelector)).doubleValue();
    }
}
