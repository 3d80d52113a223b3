package dev.ormcompare.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page and the team's look in a real headless Chromium, the site served below {@code /docs/} as GitHub
 * Pages serves a project site: any address without a file gets {@code 404.html}, at that address.
 */
@Tag("browser")
class SiteFilesBrowserTest extends RenderedSiteBrowserTest {

    @TempDir
    static Path directory;
    private static HttpServer pages;
    private static Path site;

    @BeforeAll
    static void renderAndServe() throws IOException {
        try (WarmConverters converters = new WarmConverters()) {
            DocsProject project = new DocsProject(directory, converters);
            project.look = new SiteLook(SiteLook.ORMCOMPARE, "Acme ORM docs", "1.0", "", "© 2024 Acme", "")
                    .with(new SiteBranding("", "#7b2cbf", "#c8a2ff", "https://github.com/acme/docs",
                            "https://chat.example.org/acme", List.of(new SiteLink("Blog", "https://blog.example.org")),
                            List.of(new SiteLink("Privacy", "legal/privacy.html")), List.of(), List.of()))
                    .with(new SitePublishing("https://acme.example.org/docs/",
                            "https://github.com/acme/docs/edit/main/{path}", ""));
            project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
            project.write("src/docs/asciidoc/guide/rollback.adoc",
                    "= Rolling back\n\n== Undo\n\normcompare::[topic=rollback,orms=\"sqlalchemy,prisma\"]\n");
            project.write("src/docs/asciidoc/legal/privacy.adoc", "= Privacy\n\nNo data kept.\n");
            project.write("src/docs/asciidoc/docinfo-header.html",
                    "<p>Docs for Acme 1.x: see <a href=\"https://acme.example.org/docs/2/\">2.x</a>.</p>\n");
            project.write("src/docs/asciidoc/docinfo-footer.html",
                    "<p>Acme is a trademark of Acme. <a href=\"https://acme.example.org/\">acme.example.org</a></p>\n");
            assertThat(project.render().problems()).isEmpty();
            site = project.path("target/site");
        }
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/docs/", SiteFilesBrowserTest::serveLikeGitHubPages);
        pages.start();
        browser = ThemeBrowser.serving(site);
    }

    /** The file at the address below {@code /docs/}, else {@code 404.html} with status 404, at the address asked for. */
    private static void serveLikeGitHubPages(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/docs/".length());
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            String name = found ? file.getFileName().toString() : "404.html";
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String address(String path) {
        return "http://127.0.0.1:" + pages.getAddress().getPort() + "/docs/" + path;
    }

    @AfterAll
    static void stopServer() {
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void theNotFoundPageDeepInAFolderIsStyledAndItsNavigationLeadsToPages() {
        browser.open(address("guide/gone/deeper/page.html"), 1280);

        assertThat(browser.js("return document.querySelector('h1').textContent")).isEqualTo("Page not found");
        assertThat(browser.computed(".oc-header", "position")).as("the theme's stylesheet applies").isEqualTo("sticky");
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.js("return [...document.querySelectorAll('#oc-nav a')].map(a => a.href)");
        assertThat(links).containsExactlyInAnyOrder(address("index.html"), address("guide/rollback.html"),
                address("legal/privacy.html"));

        browser.js("document.querySelector('#oc-nav a[href$=\"rollback.html\"]').click()");

        browser.waitUntil("return location.pathname === '/docs/guide/rollback.html' && document.readyState === 'complete'");
        assertThat(browser.js("return document.querySelector('h1').textContent")).isEqualTo("Rolling back");
    }

    @Test
    void theNotFoundPageSearchesTheSiteAndOpensTheHit() {
        browser.open(address("a/b/c/missing.html"), 1280);
        browser.find("#oc-search-input").click();
        browser.press("downgrade");
        browser.waitUntil("return document.querySelectorAll('#oc-search-results [role=option]').length > 0");

        browser.press(org.openqa.selenium.Keys.ENTER);

        browser.waitUntil("return location.pathname === '/docs/guide/rollback.html' && document.readyState === 'complete'");
        assertThat(browser.js("return location.hash")).isEqualTo("#ormcompare-rollback-sqlalchemy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void pagesWithTheTeamsLinksAndDocinfoAndTheNotFoundPageHaveNoAxeViolations(String scheme) {
        browser.prefersColorScheme(scheme);
        for (String page : List.of("guide/rollback.html", "nowhere/at/all.html")) {
            for (int width : new int[]{1280, 390}) {
                browser.open(address(page), width);
                assertThat(browser.axeViolations()).as(page + " at " + width + " px, " + scheme).isEmpty();
            }
        }
    }

    @Test
    void onAPhoneTheHeadersLinksMoveToTheFooterAndNothingScrollsSideways() {
        browser.open(address("guide/rollback.html"), 390);

        assertThat(browser.computed(".oc-header-links", "display")).isEqualTo("none");
        assertThat(browser.js("return [...document.querySelectorAll('.oc-footer-links a')]"
                + ".filter(a => a.checkVisibility()).map(a => a.textContent)"))
                .isEqualTo(List.of("Privacy", "Blog", "Chat", "GitHub"));
        assertThat(browser.js("return document.documentElement.scrollWidth <= innerWidth")).isEqualTo(true);
    }
}
