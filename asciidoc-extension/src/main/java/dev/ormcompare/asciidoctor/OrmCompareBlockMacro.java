package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Comparison;
import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.Topic;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;

/**
 * {@code ormcompare::apply[orms="django,prisma"]}: translates the macro to a {@link Comparison}
 * and the comparison to blocks. A mistake becomes a visible error block, never an exception.
 */
@Name("ormcompare")
public final class OrmCompareBlockMacro extends BlockMacroProcessor {

    /** Document attribute naming the ORMs a macro without {@code orms} shows. */
    public static final String DEFAULT_ORMS_ATTRIBUTE = "ormcompare-orms";

    private final DocumentCatalog catalogs;
    private final ListingBlocks listings = new ListingBlocks();

    OrmCompareBlockMacro(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        MacrosOnPage.seen();
        Document document = parent.getDocument();
        try {
            Catalog catalog = catalogs.of(document, this);
            Object defaultOrms = document.getAttribute(DEFAULT_ORMS_ATTRIBUTE);
            MacroInvocation invocation = MacroInvocation.read(target, attributes,
                    defaultOrms == null ? null : defaultOrms.toString());
            CellOptions options = CellOptions.of(attributes, document);
            Topic topic = invocation.request().resolveTopic(catalog);
            CatalogReads.read(catalog.inputs(topic)); // the page shows this topic's cells: a change to them is one to it
            Comparison comparison = invocation.request().resolve(catalog, topic, options.showGaps());
            String blockId = BlockIds.choose(document, invocation.id(), comparison.topic().id());
            Object role = attributes.get("role");
            return new ComparisonBlocks(this, listings, options).build(parent, comparison, blockId, invocation.title(),
                    role == null ? "" : role.toString(), Backends.showsTabs(document));
        } catch (DocumentCatalog.Unavailable | ComparisonException | RuntimeException e) {
            return MacroFailures.block(this, parent, e);
        }
    }
}
