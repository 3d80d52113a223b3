package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.ComparisonException;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.List;
import java.util.Map;

/**
 * {@code ormpicker::[]}: a bar of the catalog's ORMs (or of {@code orms="..."}) that filters the
 * tabs of every comparison on the page. Renders nothing for backends without script.
 */
@Name("ormpicker")
public final class OrmPickerBlockMacro extends BlockMacroProcessor {

    static final String DEFAULT_LABEL = "Select ORMs to compare";
    private static final KnownAttributes ATTRIBUTES =
            new KnownAttributes("ormpicker", List.of("orms", "title", "id", "role"));

    private final DocumentCatalog catalogs;

    OrmPickerBlockMacro(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        MacrosOnPage.seen();
        try {
            ATTRIBUTES.check(attributes);
            Catalog catalog = catalogs.of(parent.getDocument(), this);
            Object orms = attributes.get("orms");
            Object title = attributes.get("title");
            return PickerMarkup.block(this, parent, catalog, orms == null ? null : orms.toString(),
                    title == null ? DEFAULT_LABEL : title.toString());
        } catch (DocumentCatalog.Unavailable | ComparisonException | RuntimeException e) {
            return MacroFailures.block(this, parent, e);
        }
    }
}
