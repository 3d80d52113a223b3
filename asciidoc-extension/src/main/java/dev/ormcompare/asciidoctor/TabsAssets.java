package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

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

    public static String css() {
        return Assets.css();
    }

    public static String script() {
        return Assets.js();
    }

    /**
     * True when a parsed document's HTML shows comparisons or a picker, so that its page must
     * carry the CSS and script (a page whose head a tool writes itself, as the Doxia module does).
     */
    public static boolean neededBy(Document document) {
        return Backends.showsTabs(document) && ComparisonBlocksOnPage.any(document);
    }
}
