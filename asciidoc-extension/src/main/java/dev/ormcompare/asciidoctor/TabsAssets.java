package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.util.Map;

/**
 * The tabs' CSS and JavaScript as files, for a site that serves them once to every page (the
 * browser caches them) instead of inline in each: a document with {@code :ormcompare-assets: linked}
 * carries neither, and its page must link both, the script in the head so that no tab flashes.
 */
public final class TabsAssets {

    /** The document attribute that tells the extension the page links the assets. */
    public static final String ATTRIBUTE = Assets.LINKED_ATTRIBUTE;

    /** Its value. */
    public static final String LINKED = "linked";

    private TabsAssets() {
    }

    /** The minified CSS, as a page carries it inline (or in a {@code data:} address). */
    public static String css() {
        return Assets.css();
    }

    /** The minified script, as a page carries it inline (or in a {@code data:} address). */
    public static String script() {
        return Assets.js();
    }

    /**
     * The files a site publishes side by side, by name: {@code ormcompare.css} and {@code ormcompare.js},
     * each ending with a link to its source map, and the two maps ({@code .map}), which hold the readable
     * sources for the browser's developer tools.
     */
    public static Map<String, byte[]> files() {
        return Assets.files();
    }

    /**
     * True when a parsed document's HTML shows comparisons or a picker, so that its page must
     * carry the CSS and script (a page whose head a tool writes itself, as the Doxia module does).
     */
    public static boolean neededBy(Document document) {
        return Backends.showsTabs(document) && ComparisonBlocksOnPage.any(document);
    }
}
