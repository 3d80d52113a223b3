package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.Matrix;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ormmatrix::[topics=...,orms=...,group=...]}: the topics x ORMs table of the effective
 * catalog (an ORM per row, a topic per column), a mark where a snippet exists and the note's short form where the ORM has no built-in
 * way; in HTML each cell links to that ORM's tab when the page has a block for it.
 */
@Name("ormmatrix")
public final class OrmMatrixBlockMacro extends BlockMacroProcessor {

    private static final KnownAttributes ATTRIBUTES =
            new KnownAttributes("ormmatrix", List.of("topics", "orms", "group", "title", "id", "role"));

    private final DocumentCatalog catalogs;

    OrmMatrixBlockMacro(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        MacrosOnPage.seen();
        try {
            ATTRIBUTES.check(attributes);
            Catalog catalog = catalogs.of(parent.getDocument(), this);
            CatalogReads.read(catalog.inputs()); // a matrix shows every cell
            Matrix matrix = Matrix.of(catalog, list(attributes.get("topics")),
                    list(attributes.get("orms")), text(attributes.get("group")));
            String title = text(attributes.get("title"));
            if (!Backends.showsTabs(parent.getDocument())) {
                StructuralNode holder = createBlock(parent, "open", "", Map.of());
                parseContent(holder, MatrixMarkup.asciidoc(matrix));
                if (!title.isEmpty()) {
                    holder.getBlocks().get(0).setTitle(Html.literalTitle(title));
                }
                return holder;
            }
            Map<String, Object> blockAttributes = new java.util.HashMap<>(Map.of("role", MatrixMarkup.ROLE));
            return createBlock(parent, "pass", MatrixMarkup.html(matrix, title), blockAttributes);
        } catch (DocumentCatalog.Unavailable | ComparisonException | RuntimeException e) {
            return MacroFailures.block(this, parent, e);
        }
    }

    private static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        for (String item : text(value).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
