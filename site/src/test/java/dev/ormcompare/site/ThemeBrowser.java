package dev.ormcompare.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ormcompare.asciidoctor.Browser;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' {@link Browser} with a site served over {@code http://127.0.0.1:<port>}. The site is either
 * the theme fixture (src/test/resources/theme-fixture) with the theme's and the tabs' assets copied into
 * its {@code ormcompare-assets/} from the jars' resources, as the render goal lays them out, or a site
 * the test rendered. One per test class.
 */
public final class ThemeBrowser extends Browser {

    static final String FIXTURE_PAGE = "guides/setup.html";

    /** An empty page the browser rests on between tests; served whatever the site holds. */
    private static final String BLANK = "blank.html";

    private static final List<String> ASSETS = List.of(
            "dev/ormcompare/site/theme/theme.css", "dev/ormcompare/site/theme/theme.js",
            "dev/ormcompare/asciidoctor/ormcompare.css", "dev/ormcompare/asciidoctor/ormcompare.js");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
            + "/axe.min.js";

    private final Path root;
    private final boolean ownsRoot;
    private final HttpServer server;

    private ThemeBrowser(Path root, boolean ownsRoot, HttpServer server) {
        // No scroll bars: screenshots and widths are the page's alone.
        super("--hide-scrollbars");
        this.root = root;
        this.ownsRoot = ownsRoot;
        this.server = server;
    }

    /** Serves the theme fixture. */
    public static ThemeBrowser start() {
        try {
            Path root = Files.createTempDirectory("ormcompare-theme-site-");
            copyFixture(root);
            for (String asset : ASSETS) {
                Files.write(root.resolve("ormcompare-assets").resolve(asset.substring(asset.lastIndexOf('/') + 1)), resource(asset));
            }
            return start(root, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code site} as it is, leaving it in place at the end. */
    public static ThemeBrowser serving(Path site) {
        return start(site, false);
    }

    private static ThemeBrowser start(Path root, boolean ownsRoot) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
        try {
            return new ThemeBrowser(root, ownsRoot, server);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /** The folder the browser's server serves; a test may write a site of its own below it. */
    Path servedRoot() {
        return root;
    }

    String url(String path) {
        return origin() + "/" + path;
    }

    /** The fixture page's file: URL, as a reader who opens target/site from disk has it. */
    public String fixtureFileUrl() {
        return root.resolve(FIXTURE_PAGE).toUri().toString();
    }

    public void scriptsEnabled(boolean enabled) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Opens the fixture page in a window {@code width} CSS pixels wide, as a phone would below 600. */
    public void openFixture(int width) {
        open(FIXTURE_PAGE, width);
    }

    /**
     * Opens {@code path} of the site (or an absolute URL, another server's) in a window {@code width} CSS
     * pixels wide, as a phone would below 600.
     */
    public void open(String path, int width) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600 ? 844 : 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        open(path.startsWith("http:") ? path : url(path));
    }

    /** The path in the site of the page shown. */
    String currentPath() {
        return driver().getCurrentUrl().substring(origin().length() + 1);
    }

    /** The absolute URLs of everything the page loaded so far. */
    @SuppressWarnings("unchecked")
    List<String> requested() {
        return (List<String>) js("return performance.getEntries().map(function (e) { return e.name; })"
                + ".filter(function (n) { return /^[a-z]+:/.test(n); })");
    }

    public void prefersColorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public void emulateMedia(String media) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Presses {@code key} while holding {@code modifier} down, e.g. Ctrl+K. */
    void pressWith(Keys modifier, String key) {
        new Actions(driver()).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    public String computed(String cssSelector, String property) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
                cssSelector, property);
    }

    /** The axe-core violations on the whole page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        js(new String(resource(AXE), StandardCharsets.UTF_8));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) asyncJs("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + n.failureSummary; })};
                  }));
                }, function (e) { done([{id: 'axe failed: ' + e, nodes: []}]); });
                """);
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> ((List<String>) v.get("nodes")).forEach(node -> lines.add(v.get("id") + ": " + node)));
        if (lines.isEmpty()) {
            violations.forEach(v -> lines.add((String) v.get("id")));
        }
        return lines;
    }

    /** Saves the part of the whole page from {@code top}, {@code height} CSS pixels high, as a PNG. */
    public void screenshot(Path file, int top, int height) {
        long width = (Long) js("return document.documentElement.clientWidth");
        String png = (String) cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 1))).get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to a fresh state: no scripts or emulation of the last test, empty storage. */
    /** Waits up to {@link #PATIENCE} for {@code condition}, a script that returns true once it holds. */
    public void waitUntil(String condition) {
        waitUntilTrue(condition, PATIENCE);
    }

    /** True while an alert, confirm or prompt dialog is open. */
    public boolean dialogOpen() {
        try {
            driver().switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    public void reset() {
        reset(url(BLANK));
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            server.stop(0);
            if (ownsRoot) {
                delete(root);
            }
        }
    }

    private static void copyFixture(Path root) throws IOException {
        Path fixture;
        try {
            fixture = Path.of(ThemeBrowser.class.getResource("/theme-fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(fixture.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.createDirectories(root.resolve("ormcompare-assets"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ThemeBrowser.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("not on the test class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean blank = file.equals(root.resolve(BLANK)) && !Files.exists(file);
            boolean found = blank || file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = blank ? "<!DOCTYPE html><title>blank</title>".getBytes(StandardCharsets.UTF_8)
                    : found ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            String type = !found ? "text/plain" : name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
