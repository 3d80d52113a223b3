package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.HashMap;
import java.util.Map;

/**
 * Links the cells of each coverage matrix to the tab panels of the page, once the whole page is
 * read: a matrix may come before the blocks it points at.
 */
public final class MatrixLinks extends Treeprocessor {

    @Override
    public Document process(Document document) {
        if (!MacrosOnPage.anyMatrix()) {
            return document;
        }
        var matrices = document.findBy(Map.of("role", MatrixMarkup.ROLE, "traverse_documents", true));
        if (matrices.isEmpty()) {
            return document;
        }
        Map<String, String> panelIds = new HashMap<>();
        for (StructuralNode block : ComparisonBlocksOnPage.all(document)) {
            Object topic = block.getAttribute(ComparisonBlocks.QUALIFIED_TOPIC_ATTRIBUTE);
            Object orms = block.getAttribute(ComparisonBlocks.ORMS_ATTRIBUTE);
            if (topic != null && orms != null) {
                for (String orm : orms.toString().split(" ")) {
                    panelIds.putIfAbsent(MatrixMarkup.cellKey(topic.toString(), orm), TabsMarkup.panelId(block.getId(), orm));
                }
            }
        }
        for (StructuralNode matrix : matrices) {
            if (matrix instanceof Block pass && "pass".equals(pass.getContext())) {
                pass.setSource(MatrixMarkup.link(pass.getSource(), panelIds));
            }
        }
        return document;
    }
}
