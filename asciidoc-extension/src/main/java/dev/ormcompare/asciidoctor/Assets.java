package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** The CSS and JavaScript of the tabs, read once from the jar, as one HTML fragment. */
final class Assets {

    private static final String CSS = minifyCss(read("ormcompare.css"));
    private static final String JS = minifyJs(read("ormcompare.js"));
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

    /** The size budget is for what a page carries, so comments and indentation stay in the sources only. */
    static String minifyCss(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*([{};,>])\\s*", "$1")
                .strip();
    }

    /** Drops comment lines and indentation; line breaks stay, so the script means what it meant. */
    static String minifyJs(String js) {
        return js.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("//"))
                .collect(Collectors.joining("\n"));
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare jar is incomplete: " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ormcompare jar", e);
        }
    }
}
