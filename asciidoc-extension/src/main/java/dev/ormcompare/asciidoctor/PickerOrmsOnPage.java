package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Orm;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A picker that names no ORMs ({@code ormpicker::[]}, {@code :ormcompare-picker:}) offers those the
 * page's comparisons show, in the catalog's order, rather than every ORM of the catalog: known only
 * once the whole page is read, after the picker was made. A page without comparisons keeps every ORM.
 */
public final class PickerOrmsOnPage extends Treeprocessor {

    private final DocumentCatalog catalogs;

    PickerOrmsOnPage(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Document process(Document document) {
        List<StructuralNode> pickers = document.findBy(Map.of("role", PickerMarkup.ROLE, "traverse_documents", true));
        if (pickers.stream().noneMatch(picker -> picker.hasAttribute(PickerMarkup.EVERY_ORM))) {
            return document;
        }
        Set<String> shown = new HashSet<>();
        for (StructuralNode comparison : ComparisonBlocksOnPage.all(document)) {
            Object orms = comparison.getAttribute(ComparisonTree.ORMS);
            if (orms != null) {
                shown.addAll(List.of(orms.toString().split(" ")));
            }
        }
        if (shown.isEmpty()) {
            return document;
        }
        List<Orm> offered;
        try {
            offered = catalogs.of(document, this).orms().stream().filter(orm -> shown.contains(orm.id())).toList();
        } catch (DocumentCatalog.Unavailable e) {
            return document; // the comparisons reported it
        }
        for (StructuralNode picker : pickers) {
            if (picker instanceof Block bar && picker.hasAttribute(PickerMarkup.EVERY_ORM)) {
                bar.setSource(PickerMarkup.bar(offered, String.valueOf(picker.getAttribute(PickerMarkup.EVERY_ORM))));
            }
        }
        return document;
    }
}
