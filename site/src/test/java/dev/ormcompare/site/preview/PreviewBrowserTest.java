package dev.ormcompare.site.preview;

import dev.ormcompare.site.DocsProject;
import dev.ormcompare.site.MessageList;
import dev.ormcompare.site.ThemeBrowser;
import dev.ormcompare.site.WarmConverters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live preview in a real headless Chromium: a page reloads by itself when its source is saved,
 * where the reader was and with the tab they chose; a mistake shows over the page until it is fixed.
 */
@Tag("browser")
class PreviewBrowserTest {

    private static final String PAGE = """
            = Migrations

            == Apply

            ormcompare::[topic=apply,orms="django,sqlalchemy,prisma"]

            %s

            == Roll back

            ormcompare::[topic=rollback,orms="django,sqlalchemy,prisma"]

            %s
            """;

    private static final List<String> MESSAGES = java.util.Collections.synchronizedList(new ArrayList<>());

    @TempDir
    static Path directory;
    private static WarmConverters converters;
    private static DocsProject project;
    private static Preview preview;
    private static URI site;
    private static ThemeBrowser browser;

    @BeforeAll
    static void startPreviewAndBrowser() throws IOException {
        converters = new WarmConverters();
        project = new DocsProject(directory, converters);
        for (String name : new String[] {"reload", "alone", "mistake", "keyboard", "shots"}) {
            project.write(source(name), page("First draft."));
        }
        preview = new Preview(project.settings("target/site", "target/ormcompare/render-state.txt"),
                new MessageList(MESSAGES), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), converters);
        site = preview.start();
        browser = ThemeBrowser.serving(directory.resolve("target/site"));
    }

    /** Each test has a page of its own: a render one test causes reloads no other test's page. */
    private static String source(String name) {
        return "src/docs/asciidoc/" + name + ".adoc";
    }

    /** The page, long enough to scroll, ending with {@code last}. */
    private static String page(String last) {
        String filler = "A paragraph that takes room on the page.\n\n".repeat(40);
        return PAGE.formatted(filler, filler + last);
    }

    @AfterEach
    void cleanUp() throws Exception {
        // A test that broke a page and failed before fixing it leaves no mistake for the next one to see.
        for (String name : new String[] {"reload", "alone", "mistake", "keyboard", "shots"}) {
            if (project.read(source(name)).contains("djano")) {
                project.write(source(name), page("Fixed."));
            }
        }
        try (PreviewClient events = new PreviewClient(site).listen()) {
            while (!events.next("problems").data().equals("{\"problems\":[]}")) {
                // the next render's
            }
        }
        try {
            assertThat(browser.scriptErrors()).as("script errors").isEmpty();
            browser.js("localStorage.clear(); sessionStorage.clear()");
        } finally {
            browser.reset();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
        converters.close();
    }

    private void open(String name) {
        browser.open(site.resolve(name + ".html").toString());
        awaitTrue("document.readyState === 'complete' && !!window.EventSource");
    }

    @Test
    void aSavedPageReloadsWhereTheReaderWasWithTheTabTheyChose() throws IOException {
        open("reload");
        browser.find("#ormcompare-rollback [role=tab][data-orm=prisma]").click();
        browser.js("window.scrollTo(0, 1500); window.notReloaded = true");
        long before = ((Number) browser.js("return window.scrollY")).longValue();

        project.write(source("reload"), page("Second draft."));

        awaitTrue("return !window.notReloaded && document.body.textContent.includes('Second draft.')");
        awaitTrue("return window.scrollY > 0");
        assertThat(((Number) browser.js("return window.scrollY")).longValue()).isEqualTo(before);
        assertThat(browser.find("#ormcompare-rollback [role=tab][aria-selected=true]").getAttribute("data-orm"))
                .isEqualTo("prisma");
    }

    @Test
    void anotherPagesSaveLeavesThisPageAlone() throws Exception {
        browser.beforePageScripts("sessionStorage.setItem('loads', +(sessionStorage.getItem('loads') || 0) + 1)");
        open("alone");

        try (PreviewClient events = new PreviewClient(site).listen()) {
            events.next("problems");
            project.write(source("reload"), page("Another page's draft."));
            assertThat(events.next("reload").data()).contains("\"reload.html\"").doesNotContain("alone.html");
        }
        // Events come in order: once this page has reloaded for its own save, it has seen the other page's.
        project.write(source("alone"), page("Its own draft."));
        awaitTrue("return document.body.textContent.includes('Its own draft.')");

        assertThat(browser.js("return sessionStorage.getItem('loads')")).isEqualTo("2");
    }

    @Test
    void aMistakeShowsOverThePageUntilItIsFixed() throws IOException {
        open("mistake");
        assertThat(browser.findAll("#ormcompare-preview-problems")).isEmpty();

        project.write(source("mistake"), page("ormcompare::[topic=apply,orms=djano]"));

        // reloaded (the broken page replaced the first draft), and told what is wrong
        awaitTrue("return !document.body.textContent.includes('First draft.')"
                + " && !!document.getElementById('ormcompare-preview-problems')");
        var overlay = browser.find("#ormcompare-preview-problems");
        assertThat(overlay.getAttribute("role")).isEqualTo("alert");
        assertThat(overlay.isDisplayed()).isTrue();
        assertThat(overlay.getText()).contains("1 error in the site", "src/docs/asciidoc/mistake.adoc:",
                "unknown ORM 'djano'", "did you mean 'django'?");
        assertThat(browser.axeViolations()).as("axe with the problems shown").isEmpty();

        project.write(source("mistake"), page("Fixed."));

        awaitTrue("return document.body.textContent.includes('Fixed.') && !document.getElementById('ormcompare-preview-problems')");
    }

    @Test
    void theProblemsCanBeHiddenWithTheKeyboard() throws IOException {
        open("keyboard");
        project.write(source("keyboard"), page("ormcompare::[topic=apply,orms=djano]"));
        awaitTrue("return !document.body.textContent.includes('First draft.')"
                + " && !!document.getElementById('ormcompare-preview-problems')");

        browser.js("document.querySelector('#ormcompare-preview-problems button').focus()");
        browser.press(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findAll("#ormcompare-preview-problems")).isEmpty();

        // fixed, so that no other test's page shows it
        project.write(source("keyboard"), page("Fixed."));
        awaitTrue("return document.body.textContent.includes('Fixed.') && !document.getElementById('ormcompare-preview-problems')");
    }

    /**
     * The problems over a page at 1280 and 390 px, light and dark, for a person to look at (and the
     * docs' Live preview page): {@code -Dormcompare.screenshots=/tmp/preview-shots}. Off otherwise.
     */
    @Test
    @EnabledIfSystemProperty(named = "ormcompare.screenshots", matches = ".+")
    void screenshotsOfTheProblems() throws IOException {
        Path shots = Path.of(System.getProperty("ormcompare.screenshots"));
        project.write(source("shots"), """
                = Migrations

                == Apply

                ormcompare::[topic=apply,orms="django,sqlalchemy,prisma"]

                == In production

                ormcompare::[topic=apply,orms="djano,prisma"]
                """);
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            for (int width : new int[] {1280, 390}) {
                browser.open(site.resolve("shots.html").toString(), width);
                awaitTrue("return document.body.textContent.includes('In production')"
                        + " && !!document.getElementById('ormcompare-preview-problems')");
                browser.screenshot(shots.resolve("preview-problems-" + width + "-" + scheme + ".png"), 0, width < 600 ? 844 : 900);
            }
        }
    }

    /** Waits until {@code condition} (a script returning a boolean) holds; fails after the client's patience. */
    private void awaitTrue(String condition) {
        try {
            browser.waitUntilTrue(condition.startsWith("return") ? condition : "return " + condition, PreviewClient.PATIENCE);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the preview logged: " + MESSAGES, e);
        }
    }
}
