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

    private PickerMarkup() {
    }

    /**
     * The picker block for {@code parent}'s document, or null where there is no script to run it.
     *
     * @param orms the ORMs to offer, comma-separated as typed; null for every ORM of the catalog
     */
    static StructuralNode block(Processor processor, StructuralNode parent, Catalog catalog, String orms, String label)
            throws ComparisonException {
        if (!Backends.showsTabs(parent.getDocument())) {
            return null;
        }
        List<Orm> offered = new ArrayList<>();
        if (orms == null) {
            offered.addAll(catalog.orms());
        } else {
            for (String name : orms.split(",")) {
                if (!name.isBlank()) {
                    offered.add(catalog.requireOrm(name.strip()));
                }
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
