package dev.ormcompare.asciidoctor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's chromium, driven by its chromedriver; nothing is downloaded),
 * with a recorder of the page's script errors in every document it opens. Starting it takes a
 * while: one per test class, {@link #reset} between tests.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium's version; the tests use
     * only raw DevTools commands ({@link #cdp}), which need none. Held here so the setting stays.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    /**
     * Notes every uncaught error and unhandled promise rejection of a page in the tab's
     * sessionStorage, so that errors of a page the test has left (reload, link) are still there.
     */
    private static final String ERROR_RECORDER = """
            (function () {
              function note(message) {
                try {
                  var list = JSON.parse(sessionStorage.getItem('test-errors') || '[]');
                  list.push(message + ' on ' + location.pathname);
                  sessionStorage.setItem('test-errors', JSON.stringify(list));
                } catch (e) {}
              }
              addEventListener('error', function (e) {
                note(e.message + ' at ' + e.filename + ':' + e.lineno);
              });
              addEventListener('unhandledrejection', function (e) {
                note('unhandled rejection: ' + e.reason);
              });
            })();
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> scriptsOfThisTest = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages, "
                    + "missing here: " + String.join(", ", missing)
                    + ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does).");
        }
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("ormcompare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile);
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    void reload() {
        driver.navigate().refresh();
    }

    Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs {@code script}, which calls its last argument (a callback) with the result when done. */
    Object asyncJs(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Runs {@code source} in every document opened from now until the end of the test, before its own scripts. */
    void beforePageScripts(String source) {
        scriptsOfThisTest.add((String) cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier"));
    }

    /** Saves the whole page, not only the window's part of it, as a PNG at {@code file}. */
    void screenshot(Path file) {
        String png = (String) cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    void click(String cssSelector) {
        find(cssSelector).click();
    }

    /** Presses keys as the reader does, on whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the focused element, or a description of it when it has none. */
    String focusedId() {
        return (String) js("var e = document.activeElement; return e.id"
                + " || '<' + e.tagName.toLowerCase() + ' class=\"' + e.className + '\">' + e.textContent.slice(0, 40)");
    }

    /** Waits, checking every 50 ms, until {@code condition} holds; fails naming {@code what} after ten seconds. */
    void waitUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    /** The script errors recorded in this tab since the last {@link #reset}, by any page of the site. */
    @SuppressWarnings("unchecked")
    List<String> scriptErrors() {
        return (List<String>) js("return JSON.parse(sessionStorage.getItem('test-errors') || '[]')");
    }

    /**
     * Back to a fresh state for the next test: no scripts of the last test, screen media, light
     * colours, the normal window, scripts on, and {@code blankPage}'s site with empty storage.
     */
    void reset(String blankPage) {
        for (String identifier : scriptsOfThisTest) {
            cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
        }
        scriptsOfThisTest.clear();
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        open(blankPage);
        js("localStorage.clear(); sessionStorage.clear()");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
