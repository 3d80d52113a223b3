package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The CSS and JavaScript of the tabs, read once from the jar, as one HTML fragment. The build minifies
 * them (src/main/web): each file in the jar ends with a link to its source map, which holds the readable
 * source.
 */
final class Assets {

    private static final String CSS_FILE = "ormcompare.css";
    private static final String JS_FILE = "ormcompare.js";
    private static final String MAP = ".map";

    /** The files as built, by name: each with its link, and the maps. */
    private static final Map<String, byte[]> FILES = readFiles(CSS_FILE, CSS_FILE + MAP, JS_FILE, JS_FILE + MAP);

    private static final String CSS = withoutSourceMapLink(FILES.get(CSS_FILE));
    private static final String JS = withoutSourceMapLink(FILES.get(JS_FILE));
    private static final String HTML = "<style>" + CSS + "</style>\n<script>" + JS + "</script>\n";

    /**
     * Set on a document whose page links the tabs' CSS and JS as files of its site (as
     * {@link TabsAssets} gives them): then the page carries neither inline.
     */
    static final String LINKED_ATTRIBUTE = "ormcompare-assets";

    private Assets() {
    }

    private static final String SIZE = describeSize(HTML);

    static String html() {
        return HTML;
    }

    static String css() {
        return CSS;
    }

    static String js() {
        return JS;
    }

    /** A copy for the caller to keep: the arrays are its own. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        FILES.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        return copy;
    }

    /** True unless the page links the assets as site files ({@code :ormcompare-assets: linked}). */
    static boolean inline(Document document) {
        return !"linked".equals(document.getAttribute(LINKED_ATTRIBUTE));
    }

    /** E.g. "2,397 bytes gzipped (7,013 bytes as sent)". */
    static String sizeDescription() {
        return SIZE;
    }

    static int gzippedSize(String text) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.size();
    }

    private static String describeSize(String html) {
        return String.format(Locale.ROOT, "%,d bytes gzipped (%,d bytes as sent)", gzippedSize(html),
                html.getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * The file without its last line, {@code //# sourceMappingURL=...} (or the CSS comment of the same):
     * inline in a page, the map's address would be taken relative to the page, and it weighs on every page.
     */
    private static String withoutSourceMapLink(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).strip();
        int lastLine = text.lastIndexOf('\n');
        if (lastLine < 0 || !text.startsWith("# sourceMappingURL=", lastLine + 3)) {
            throw new IllegalStateException("the ormcompare jar's tabs assets were not built: no source map link");
        }
        return text.substring(0, lastLine);
    }

    private static Map<String, byte[]> readFiles(String... names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, read(name));
        }
        return files;
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare jar is incomplete: " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ormcompare jar", e);
        }
    }
}
