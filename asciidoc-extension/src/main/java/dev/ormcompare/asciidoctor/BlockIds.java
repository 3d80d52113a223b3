package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.util.Map;

/**
 * Ids for comparison blocks: the docs writer's own when given, else {@code ormcompare-<topic>},
 * then {@code ormcompare-<topic>-2} and so on. Derived from the document's order alone, so they
 * are the same from build to build and deep links keep working.
 */
final class BlockIds {

    private BlockIds() {
    }

    static String choose(Document document, String requested, String topicId) {
        if (!requested.isEmpty()) {
            return requested;
        }
        // Asciidoctor registers the id of every block a macro returns, so earlier blocks are here.
        Map<String, Object> taken = document.getCatalog().getRefs();
        String base = "ormcompare-" + topicId;
        String id = base;
        for (int n = 2; taken.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
