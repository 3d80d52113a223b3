package dev.ormcompare.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A site served over {@code http://127.0.0.1:<port>} and a headless Chromium (Debian's chromium
 * through its chromedriver) that records the pages' script errors. The site is either the theme
 * fixture (src/test/resources/theme-fixture) with the theme's and the tabs' assets copied into its
 * {@code ormcompare-assets/} from the jars' resources, as the render goal lays them out, or a site
 * the test rendered. One per test class.
 */
public final class ThemeBrowser implements AutoCloseable {

    static final String FIXTURE_PAGE = "guides/setup.html";

    /** An empty page the browser rests on between tests; served whatever the site holds. */
    private static final String BLANK = "blank.html";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final List<String> ASSETS = List.of(
            "dev/ormcompare/site/theme/theme.css", "dev/ormcompare/site/theme/theme.js",
            "dev/ormcompare/asciidoctor/ormcompare.css", "dev/ormcompare/asciidoctor/ormcompare.js");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3")
            + "/axe.min.js";

    /** Notes uncaught errors of every page in sessionStorage, so that those of a reloaded page stay. */
    private static final String ERROR_RECORDER = """
            addEventListener('error', function (e) {
              try {
                var list = JSON.parse(sessionStorage.getItem('test-errors') || '[]');
                list.push(e.message + ' at ' + e.filename + ':' + e.lineno);
                sessionStorage.setItem('test-errors', JSON.stringify(list));
              } catch (ignored) {}
            });
            """;

    private final Path root;
    private final boolean ownsRoot;
    private final Path profile;
    private final HttpServer server;
    private final ChromeDriver driver;
    private final List<String> scriptsOfThisTest = new ArrayList<>();

    private ThemeBrowser(Path root, boolean ownsRoot, Path profile, HttpServer server, ChromeDriver driver) {
        this.root = root;
        this.ownsRoot = ownsRoot;
        this.profile = profile;
        this.server = server;
        this.driver = driver;
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
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages, "
                    + "missing here: " + String.join(", ", missing) + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> serve(root, exchange));
            server.start();
            Path profile = Files.createTempDirectory("ormcompare-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ThemeBrowser browser = new ThemeBrowser(root, ownsRoot, profile, server, new ChromeDriver(service, options));
            browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the browser's server serves; a test may write a site of its own below it. */
    Path servedRoot() {
        return root;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** The fixture page's file: URL, as a reader who opens target/site from disk has it. */
    public String fixtureFileUrl() {
        return root.resolve(FIXTURE_PAGE).toUri().toString();
    }

    public void open(String url) {
        driver.get(url);
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
        driver.get(path.startsWith("http:") ? path : url(path));
    }

    /** The path in the site of the page shown. */
    String currentPath() {
        return driver.getCurrentUrl().substring(origin().length() + 1);
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

    public void reload() {
        driver.navigate().refresh();
    }

    /** Waits up to 10 s for {@code condition}, a script that returns true once it holds. */
    public void waitUntil(String condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(js(condition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for: " + condition);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** True while an alert, confirm or prompt dialog is open. */
    public boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    public Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Runs {@code source} first in every document opened until the end of the test. */
    public void beforePageScripts(String source) {
        scriptsOfThisTest.add((String) cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source)).get("identifier"));
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses {@code key} while holding {@code modifier} down, e.g. Ctrl+K. */
    void pressWith(Keys modifier, String key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    public String computed(String cssSelector, String property) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
                cssSelector, property);
    }

    /** The axe-core violations on the whole page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        js(new String(resource(AXE), StandardCharsets.UTF_8));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
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

    @SuppressWarnings("unchecked")
    public List<String> scriptErrors() {
        return (List<String>) js("return JSON.parse(sessionStorage.getItem('test-errors') || '[]')");
    }

    /** Back to a fresh state: no scripts or emulation of the last test, empty storage. */
    public void reset() {
        scriptsOfThisTest.forEach(id -> cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id)));
        scriptsOfThisTest.clear();
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        driver.get(url(BLANK));
        js("localStorage.clear(); sessionStorage.clear()");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
            delete(profile);
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

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
