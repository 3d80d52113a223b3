package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.Orm;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ORM picker bar: a toggle button per ORM and one to show all again. The page's script filters
 * the tabs of every block by the ORMs pressed here; without script the bar is hidden.
 */
final class PickerMarkup {

    /** Role of the picker block, for finding it in the document tree. */
    static final String ROLE = "ormcompare-picker";

    /** On a picker that names no ORMs: its label, for writing it again with the ORMs the page shows. */
    static final String EVERY_ORM = "ormcompare-picker-label";

    private PickerMarkup() {
    }

    /**
     * The picker block for {@code parent}'s document, or null where there is no script to run it.
     *
     * @param orms the ORMs to offer, comma-separated as typed; null for those the page's comparisons show
     */
    static StructuralNode block(Processor processor, StructuralNode parent, Catalog catalog, String orms, String label)
            throws ComparisonException {
        if (!Backends.showsTabs(parent.getDocument())) {
            return null;
        }
        if (orms == null) {
            // Narrowed to the ORMs the page's comparisons show once the whole page is read (PickerOrmsOnPage).
            return processor.createBlock(parent, "pass", bar(catalog.orms(), label), Map.of("role", ROLE, EVERY_ORM, label));
        }
        List<Orm> offered = new ArrayList<>();
        for (String name : orms.split(",")) {
            if (!name.isBlank()) {
                offered.add(catalog.requireOrm(name.strip()));
            }
        }
        PagesWithTabs.mark(parent.getDocument());
        return processor.createBlock(parent, "pass", bar(offered, label), Map.of("role", ROLE));
    }

    static String bar(List<Orm> orms, String label) {
        StringBuilder html = new StringBuilder("<div class=\"ormcompare-picker\" role=\"group\" aria-label=\"")
                .append(Html.escape(label)).append("\"><span>").append(Html.escape(label)).append(":</span>");
        for (Orm orm : orms) {
            html.append("<button type=\"button\" aria-pressed=\"false\" data-orm=\"").append(orm.id()).append('"');
            String about = OrmAbout.line(orm);
            if (!about.isEmpty()) {
                html.append(" title=\"").append(Html.escape(about)).append('"');
            }
            html.append('>').append(Html.escape(orm.name())).append("</button>");
        }
        return html.append("<button type=\"button\" class=\"ormcompare-all\">Show all</button></div>").toString();
    }
}
