package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Treeprocessor;


/**
 * An embedded page (the Maven site renders pages so) has no head for docinfo: there the CSS and
 * JS go inline, once, at the start of the page.
 */
public final class EmbeddedAssets extends Treeprocessor {

    @Override
    public Document process(Document document) {
        if (!MacrosOnPage.any() || !document.hasAttribute("embedded") || !Backends.showsTabs(document) || !Assets.inline(document)) {
            return document;
        }
        if (ComparisonBlocksOnPage.any(document)) {
            // At the very start of the page: the script must run before any block or picker is painted.
            document.getBlocks().add(0, createBlock(document, "pass", Assets.html()));
        }
        return document;
    }
}
