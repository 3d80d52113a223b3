package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.ErrorText;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids for comparison blocks: the docs writer's own when given, else {@code ormcompare-<topic>},
 * then {@code ormcompare-<topic>-2} and so on. Derived from the document's order alone, so they
 * are the same from build to build and deep links keep working. A writer's id that the page
 * already has is refused: the tabs find their panels by id.
 */
final class BlockIds {

    /**
     * The number of the last id given per topic in the document this thread is reading, so the
     * next comparison of a topic need not try every id before it (with 50 blocks of one topic on a
     * page that was 1,275 lookups). Asciidoctor reads a document on one thread; {@link #startDocument}
     * clears it before each document.
     */
    private static final ThreadLocal<Map<String, Integer>> LAST_NUMBERS = ThreadLocal.withInitial(HashMap::new);

    private BlockIds() {
    }

    /** Called before a document is read. */
    static void startDocument() {
        LAST_NUMBERS.get().clear();
    }

    /**
     * @throws ComparisonException when the docs writer's id is already on the page: the second block's
     *                             tabs would drive the first block's panels
     */
    static String choose(Document document, String requested, String topicId) throws ComparisonException {
        // Asciidoctor registers the id of every block a macro returns, so earlier blocks are here.
        Map<String, Object> taken = document.getCatalog().getRefs();
        if (!requested.isEmpty()) {
            Object holder = taken.get(requested);
            if (holder != null) {
                throw new ComparisonException("id " + ErrorText.quote(requested) + " is already the id of "
                        + describe(document, holder)
                        + "; an id names one block of a page: give this block an id of its own, or none");
            }
            return requested;
        }
        String base = "ormcompare-" + topicId;
        Map<String, Integer> lastNumbers = LAST_NUMBERS.get();
        Integer last = lastNumbers.get(base);
        // Every id up to the last one given was taken then, and ids are never given back: the search
        // goes on from there. The check that the last one is taken guards against a stale number.
        int n = last != null && taken.containsKey(id(base, last)) ? last + 1 : 1;
        while (taken.containsKey(id(base, n))) {
            n++;
        }
        lastNumbers.put(base, n);
        return id(base, n);
    }

    /** "the block on line 3", "the section on line 2 of other.adoc", or "another element" when unknown. */
    private static String describe(Document document, Object holder) {
        if (!(holder instanceof StructuralNode node)) {
            return "another element";
        }
        String kind = "section".equals(node.getContext()) ? "section" : "block";
        Cursor location = BlockLocation.of(node);
        if (location == null || location.getLineNumber() <= 0) {
            return "another " + kind;
        }
        Object docfile = document.getAttribute("docfile");
        boolean otherFile = location.getPath() != null && docfile != null
                && !Path.of(docfile.toString()).getFileName().toString().equals(location.getPath());
        return "the " + kind + " on line " + location.getLineNumber() + (otherFile ? " of " + location.getPath() : "");
    }

    private static String id(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }
}
