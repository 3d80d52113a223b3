package dev.ormcompare.asciidoctor;

/**
 * Whether the document this thread is reading has an ormcompare macro: the tree processors skip
 * a page without one, which so costs them nothing (most pages of a real docs tree have none).
 * Asciidoctor reads a document, nested ones (table cells) included, and runs its tree processors
 * on one thread; preprocessors and tree processors run for the top document only.
 */
final class MacrosOnPage {

    private static final ThreadLocal<Boolean> SEEN = ThreadLocal.withInitial(() -> false);

    private MacrosOnPage() {
    }

    /** Called before a document is read. */
    static void startDocument() {
        SEEN.set(false);
    }

    /** Called by every ormcompare macro. */
    static void seen() {
        SEEN.set(true);
    }

    static boolean any() {
        return SEEN.get();
    }
}
