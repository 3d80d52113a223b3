package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids for comparison blocks: the docs writer's own when given, else {@code ormcompare-<topic>},
 * then {@code ormcompare-<topic>-2} and so on. Derived from the document's order alone, so they
 * are the same from build to build and deep links keep working.
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

    static String choose(Document document, String requested, String topicId) {
        if (!requested.isEmpty()) {
            return requested;
        }
        // Asciidoctor registers the id of every block a macro returns, so earlier blocks are here.
        Map<String, Object> taken = document.getCatalog().getRefs();
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

    private static String id(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }
}
