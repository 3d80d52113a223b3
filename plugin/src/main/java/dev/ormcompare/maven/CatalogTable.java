package dev.ormcompare.maven;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalog as a plain-text table: ORMs down, topics across, a mark per snippet. */
final class CatalogTable {

    static final String SNIPPET = "x";
    static final String SNIPPET_WITH_NOTE = "x*";
    static final String NONE = "-";

    private CatalogTable() {
    }

    static List<String> lines(Catalog catalog) {
        List<Topic> topics = catalog.topicsWithCells();
        int first = "ORM".length();
        for (Orm orm : catalog.orms()) {
            first = Math.max(first, orm.id().length());
        }
        List<String> lines = new ArrayList<>();
        lines.add("ormcompare catalog: " + catalog.orms().size() + " ORMs x " + topics.size() + " topics ("
                + SNIPPET + " snippet, " + SNIPPET_WITH_NOTE + " snippet with a note, " + NONE + " none)");
        StringBuilder header = new StringBuilder(pad("ORM", first));
        for (Topic topic : topics) {
            header.append("  ").append(topic.id());
        }
        lines.add(header.toString());
        for (Orm orm : catalog.orms()) {
            StringBuilder row = new StringBuilder(pad(orm.id(), first));
            for (Topic topic : topics) {
                Optional<Snippet> snippet = catalog.snippet(topic, orm);
                String mark = snippet.isEmpty() ? NONE : snippet.get().hasNote() ? SNIPPET_WITH_NOTE : SNIPPET;
                row.append("  ").append(pad(mark, topic.id().length()));
            }
            lines.add(row.toString().stripTrailing());
        }
        lines.addAll(origins(catalog));
        return lines;
    }

    /** Where the cells that did not come from the built-in catalog were declared. */
    private static List<String> origins(Catalog catalog) {
        List<String> lines = new ArrayList<>();
        for (Topic topic : catalog.topicsWithCells()) {
            for (Orm orm : catalog.orms()) {
                String origin = catalog.origin(topic, orm);
                if (catalog.snippet(topic, orm).isPresent() && !origin.startsWith("built-in")) {
                    lines.add("  " + topic.id() + " x " + orm.id() + ": " + origin);
                }
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "Snippets from your catalog (the others are built in):");
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
