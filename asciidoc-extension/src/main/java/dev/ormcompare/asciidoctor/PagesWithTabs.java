package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The documents a comparison or a picker was made in, so the processors that add the tabs' CSS and
 * script know it without walking a tree of hundreds of blocks. AsciidoctorJ hands out one Java
 * object per Ruby document, so the document is its own key; a document that is gone leaves the set.
 * Only a yes is sure: a comparison in a nested document (an AsciiDoc table cell) marks that one,
 * so a document not marked is still searched.
 */
final class PagesWithTabs {

    private static final Set<Document> MARKED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private PagesWithTabs() {
    }

    static void mark(Document document) {
        MARKED.add(document);
    }

    static boolean marked(Document document) {
        return MARKED.contains(document);
    }
}
