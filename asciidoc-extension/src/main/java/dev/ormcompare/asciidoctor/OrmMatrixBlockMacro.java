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

    /**
     * The most topics a matrix shows: a table a reader can scan, and a page a browser opens at once
     * (a catalog of 100,000 topics made a 108 MB page). Beyond it the first ones are shown, with a
     * warning that says how to choose.
     */
    static final int MAX_TOPICS = 2_000;

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
            Matrix asked = Matrix.of(catalog, list(attributes.get("topics")),
                    list(attributes.get("orms")), text(attributes.get("group")));
            Matrix matrix = asked.topics().size() <= MAX_TOPICS ? asked
                    : new Matrix(asked.topics().subList(0, MAX_TOPICS), asked.orms(), catalog);
            String title = text(attributes.get("title"));
            StructuralNode block;
            if (!Backends.showsTabs(parent.getDocument())) {
                block = createBlock(parent, "open", "", Map.of());
                parseContent(block, MatrixMarkup.asciidoc(matrix));
                if (!title.isEmpty()) {
                    block.getBlocks().get(0).setTitle(Html.literalTitle(title));
                }
            } else {
                Map<String, Object> blockAttributes = new java.util.HashMap<>(Map.of("role", MatrixMarkup.ROLE));
                block = createBlock(parent, "pass", MatrixMarkup.html(matrix, title), blockAttributes);
                MacrosOnPage.madeMatrix();
            }
            if (matrix != asked) {
                ErrorLogger.warnAt(block, tooLarge(asked));
            }
            return block;
        } catch (DocumentCatalog.Unavailable | ComparisonException | RuntimeException e) {
            return MacroFailures.block(this, parent, e);
        }
    }

    private static String tooLarge(Matrix asked) {
        List<String> groups = asked.topics().stream().map(topic -> topic.group()).filter(group -> !group.isEmpty())
                .distinct().limit(3).toList();
        String example = groups.isEmpty() ? "" : " (such as group=\"" + groups.get(0) + "\")";
        return String.format(java.util.Locale.ROOT, "ormmatrix of %,d topics shows only the first %,d: choose the topics "
                + "to compare with group=%s or a list, topics=\"%s,%s\"", asked.topics().size(), MAX_TOPICS, example,
                asked.topics().get(0).id(), asked.topics().get(1).id());
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
