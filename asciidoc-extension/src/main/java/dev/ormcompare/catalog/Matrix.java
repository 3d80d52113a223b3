package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage of a catalog: chosen topics (rows, in groups) x chosen ORMs (columns), each cell the
 * snippet or the declared gap, if there is one.
 */
public record Matrix(List<Topic> topics, List<Orm> orms, Catalog catalog) {

    public Matrix {
        topics = List.copyOf(topics);
        orms = List.copyOf(orms);
    }

    public Optional<Cell> cell(Topic topic, Orm orm) {
        return catalog.cell(topic, orm);
    }

    /** The topics by group, groups in the order their first topic was declared. */
    public Map<String, List<Topic>> topicsByGroup() {
        Map<String, List<Topic>> groups = new LinkedHashMap<>();
        topics.forEach(topic -> groups.computeIfAbsent(topic.group(), group -> new ArrayList<>()).add(topic));
        return groups;
    }

    /**
     * The matrix a docs writer asked for, as typed: topic ids, ORM names, a topic group; each
     * empty for all.
     */
    public static Matrix of(Catalog catalog, List<String> topicIds, List<String> ormNames, String group)
            throws ComparisonException {
        List<Topic> topics = new ArrayList<>();
        for (String id : topicIds) {
            topics.add(catalog.requireTopic(id));
        }
        if (topicIds.isEmpty()) {
            topics.addAll(catalog.topicsWithCells());
        }
        if (!group.isEmpty()) {
            List<String> groups = catalog.topicsWithCells().stream().map(Topic::group).distinct().toList();
            if (groups.stream().noneMatch(g -> g.equalsIgnoreCase(group))) {
                throw new ComparisonException(Suggestions.unknown("topic group", "groups", group, groups));
            }
            topics.removeIf(topic -> !topic.group().equalsIgnoreCase(group));
        }
        List<Orm> orms = new ArrayList<>();
        for (String name : ormNames) {
            orms.add(catalog.requireOrm(name));
        }
        if (ormNames.isEmpty()) {
            orms.addAll(catalog.orms());
        } else if (topicIds.isEmpty()) {
            // The rows the chosen columns fill: a catalog's other topics would be rows of dashes.
            topics.removeIf(topic -> orms.stream().noneMatch(orm -> catalog.cell(topic, orm).isPresent()));
        }
        return new Matrix(topics, orms, catalog);
    }

    /** A note's short form, for a table cell: "No built-in rollback: write ..." gives "No built-in rollback". */
    public static String shortNote(String note) {
        int end = note.length();
        for (char stop : new char[] {':', '.', ';'}) {
            int at = note.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return note.substring(0, end).strip();
    }
}
