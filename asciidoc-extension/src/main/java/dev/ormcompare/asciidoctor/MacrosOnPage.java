package dev.ormcompare.asciidoctor;

/**
 * Whether the document this thread is reading has an ormcompare macro: the tree processors skip
 * a page without one, which so costs them nothing (most pages of a real docs tree have none).
 * Asciidoctor reads a document, nested ones (table cells) included, and runs its tree processors
 * on one thread; preprocessors and tree processors run for the top document only.
 */
final class MacrosOnPage {

    private static final ThreadLocal<Boolean> SEEN = ThreadLocal.withInitial(() -> false);
    /** Whether a macro left an error block or a warning for {@link ErrorLogger} to log: else it looks for none. */
    private static final ThreadLocal<Boolean> TO_LOG = ThreadLocal.withInitial(() -> false);
    /** Whether a macro made a coverage matrix, whose cells {@link MatrixLinks} links: else it looks for none. */
    private static final ThreadLocal<Boolean> MATRIX = ThreadLocal.withInitial(() -> false);

    private MacrosOnPage() {
    }

    /** Called before a document is read. */
    static void startDocument() {
        SEEN.set(false);
        TO_LOG.set(false);
        MATRIX.set(false);
    }

    /** Called by every ormcompare macro. */
    static void seen() {
        SEEN.set(true);
    }

    static boolean any() {
        return SEEN.get();
    }

    static void madeMatrix() {
        MATRIX.set(true);
    }

    static boolean anyMatrix() {
        return MATRIX.get();
    }

    /** Called where a macro leaves a block whose message is logged after parsing. */
    static void leftSomethingToLog() {
        TO_LOG.set(true);
    }

    /** Whether the tree has blocks to log: walking a page of hundreds of blocks for none costs milliseconds. */
    static boolean anythingToLog() {
        return TO_LOG.get();
    }
}
