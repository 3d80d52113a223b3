package dev.ormcompare.site;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last render produced: the fingerprint of everything all pages share (settings, plugin,
 * catalog, partials) and, per page, the fingerprint it was rendered from. Kept in the build
 * directory, so {@code mvn clean} forgets it.
 */
final class RenderState {

    private static final String SHARED = "shared";
    private static final String PAGE = "page.";

    private final String shared;
    private final Map<String, String> pages;

    private RenderState(String shared, Map<String, String> pages) {
        this.shared = shared;
        this.pages = pages;
    }

    static RenderState empty(String shared) {
        return new RenderState(shared, new TreeMap<>());
    }

    /** The state saved by the last run, or an empty one if there is none or it is unreadable. */
    static RenderState load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return empty("");
            }
        }
        Map<String, String> pages = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PAGE)) {
                pages.put(key.substring(PAGE.length()), properties.getProperty(key));
            }
        }
        return new RenderState(properties.getProperty(SHARED, ""), pages);
    }

    String shared() {
        return shared;
    }

    /** The fingerprint the page was last rendered from, or null. */
    String page(String page) {
        return pages.get(page);
    }

    Iterable<String> pageNames() {
        return pages.keySet();
    }

    void put(String page, String fingerprint) {
        pages.put(page, fingerprint);
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("# ormcompare:render state; delete to render every page again\n");
        text.append(SHARED).append('=').append(shared).append('\n');
        pages.forEach((page, fingerprint) -> text.append(escape(PAGE + page)).append('=').append(fingerprint).append('\n'));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(text.toString());
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Escapes a properties key the way {@link Properties#load} reads it back. */
    private static String escape(String key) {
        StringBuilder escaped = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == ' ' || c == '=' || c == ':' || c == '\\' || c == '#' || c == '!') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
