package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.List;

/**
 * An embedded page (the Maven site renders pages so) has no head for docinfo: there the CSS and
 * JS go inline, once, at the start of the page's first comparison.
 */
public final class EmbeddedAssets extends Treeprocessor {

    @Override
    public Document process(Document document) {
        if (!document.hasAttribute("embedded") || !Backends.showsTabs(document)) {
            return document;
        }
        List<StructuralNode> blocks = ComparisonBlocksOnPage.all(document);
        if (!blocks.isEmpty()) {
            StructuralNode first = blocks.get(0);
            first.getBlocks().add(0, createBlock(first, "pass", Assets.html()));
        }
        return document;
    }
}
