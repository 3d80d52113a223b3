package dev.ormcompare.maven;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Cell;
import dev.ormcompare.catalog.Gap;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog as a plain-text table: topics down (a catalog tree has dozens), ORMs across, a mark per
 * cell; then where the cells of the user's catalog were declared.
 */
final class CatalogTable {

    static final String SNIPPET = "x";
    static final String SNIPPET_WITH_NOTE = "x*";
    static final String MISSING = "o";
    static final String NONE = "-";

    private CatalogTable() {
    }

    static List<String> lines(Catalog catalog) {
        List<Topic> topics = catalog.topicsWithCells();
        List<String> ids = catalog.topicIds();
        int first = "topic".length();
        for (String id : ids) {
            first = Math.max(first, id.length());
        }
        List<String> lines = new ArrayList<>();
        lines.add("ormcompare catalog: " + catalog.orms().size() + " ORMs x " + topics.size() + " topics ("
                + SNIPPET + " snippet, " + SNIPPET_WITH_NOTE + " snippet with a note, " + MISSING
                + " declared missing, " + NONE + " none)");
        StringBuilder header = new StringBuilder(pad("topic", first));
        for (Orm orm : catalog.orms()) {
            header.append("  ").append(orm.id());
        }
        lines.add(header.toString());
        for (int i = 0; i < topics.size(); i++) {
            StringBuilder row = new StringBuilder(pad(ids.get(i), first));
            for (Orm orm : catalog.orms()) {
                row.append("  ").append(pad(mark(catalog.cell(topics.get(i), orm)), orm.id().length()));
            }
            lines.add(row.toString().stripTrailing());
        }
        lines.addAll(origins(catalog));
        return lines;
    }

    private static String mark(Optional<Cell> cell) {
        if (cell.isEmpty()) {
            return NONE;
        }
        if (cell.get() instanceof Gap) {
            return MISSING;
        }
        return ((Snippet) cell.get()).hasNote() ? SNIPPET_WITH_NOTE : SNIPPET;
    }

    /** Where the cells that did not come from the built-in catalog were declared. */
    private static List<String> origins(Catalog catalog) {
        List<String> lines = new ArrayList<>();
        for (Topic topic : catalog.topicsWithCells()) {
            for (Orm orm : catalog.orms()) {
                String origin = catalog.origin(topic, orm);
                if (catalog.cell(topic, orm).isPresent() && !origin.startsWith("built-in")) {
                    lines.add("  " + topic.id() + " x " + orm.id() + ": " + origin);
                }
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "Cells from your catalog (the others are built in):");
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
