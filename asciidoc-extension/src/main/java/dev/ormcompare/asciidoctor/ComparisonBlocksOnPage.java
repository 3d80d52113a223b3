package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.util.List;
import java.util.Map;

/** Finds the comparison blocks of a converted page by their role, nested documents included. */
final class ComparisonBlocksOnPage {

    private ComparisonBlocksOnPage() {
    }

    static List<StructuralNode> all(Document document) {
        return document.findBy(Map.of("role", ComparisonBlocks.ROLE, "traverse_documents", true));
    }

    /** True when the page has comparisons or a picker, which need the CSS and the script. */
    static boolean any(Document document) {
        return PagesWithTabs.marked(document) || !all(document).isEmpty()
                || !document.findBy(Map.of("role", PickerMarkup.ROLE, "traverse_documents", true)).isEmpty();
    }
}
