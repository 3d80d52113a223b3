package dev.ormcompare.asciidoctor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
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
 * The browser of every browser test: a headless Chromium (Debian's chromium, driven by its
 * chromedriver; nothing is downloaded), with a recorder of the page's script errors in every
 * document it opens, and the one way tests wait for a page ({@link #waitUntil}). Starting it takes a
 * while: one per test class, {@link #reset} between tests. The site's tests extend it with a server.
 */
public class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** How long {@link #waitUntil(String, Supplier)} waits: what a page does by itself takes far less. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

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

    /** @param arguments Chromium's command-line switches besides ours, e.g. {@code --hide-scrollbars} */
    protected Browser(String... arguments) {
        this.profile = profile();
        this.driver = chromium(profile, arguments);
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
    }

    public static Browser start() {
        return new Browser();
    }

    private static ChromeDriver chromium(Path profile, String... arguments) {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages, "
                    + "missing here: " + String.join(", ", missing)
                    + ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does).");
        }
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path profile() {
        try {
            return Files.createTempDirectory("ormcompare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public Object js(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs {@code script}, which calls its last argument (a callback) with the result when done. */
    public Object asyncJs(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Runs {@code source} in every document opened from now until the end of the test, before its own scripts. */
    public void beforePageScripts(String source) {
        scriptsOfThisTest.add((String) cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier"));
    }

    /** Saves the whole page, not only the window's part of it, as a PNG at {@code file}. */
    public void screenshot(Path file) {
        String png = (String) cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public void click(String cssSelector) {
        find(cssSelector).click();
    }

    /** Presses keys as the reader does, on whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the focused element, or a description of it when it has none. */
    public String focusedId() {
        return (String) js("var e = document.activeElement; return e.id"
                + " || '<' + e.tagName.toLowerCase() + ' class=\"' + e.className + '\">' + e.textContent.slice(0, 40)");
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits, checking every 50 ms, until {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    public void waitUntil(String what, Supplier<Boolean> condition) {
        waitUntil(what, PATIENCE, condition);
    }

    /**
     * Waits until {@code script} (which returns a boolean) returns true in the page, asking again while
     * the page loads another document; fails after {@code patience}, saying what the page shows.
     */
    public void waitUntilTrue(String script, Duration patience) {
        try {
            waitUntil(script, patience, () -> isTrue(script));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page shows: "
                    + js("return location.href + ' ' + document.body.textContent.replace(/\\s+/g, ' ').slice(0, 400)"), e);
        }
    }

    private boolean isTrue(String script) {
        try {
            return Boolean.TRUE.equals(js(script));
        } catch (WebDriverException e) {
            return false; // the page is being replaced by the next one
        }
    }

    /** Waits, checking every 50 ms, until {@code condition} holds; fails naming {@code what} after {@code patience}. */
    public void waitUntil(String what, Duration patience, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + patience.toSeconds() + " s for: " + what);
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
    public List<String> scriptErrors() {
        return (List<String>) js("return JSON.parse(sessionStorage.getItem('test-errors') || '[]')");
    }

    /**
     * Back to a fresh state for the next test: no scripts of the last test, screen media, light
     * colours, the normal window, scripts on, and {@code blankPage}'s site with empty storage.
     */
    public void reset(String blankPage) {
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
            delete(profile);
        }
    }

    /** Deletes a temporary folder and all it holds. */
    protected static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
