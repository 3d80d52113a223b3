package dev.ormcompare.catalog;

import java.util.List;

/**
 * What one macro shows: a topic and, in order, the chosen ORMs with their snippets (or gaps).
 *
 * @param topic    the topic compared
 * @param entries  one per ORM, in the order the docs writer listed them; never empty
 * @param selected index into {@code entries} of the ORM shown first
 */
public record Comparison(Topic topic, List<Entry> entries, int selected) {

    public Comparison {
        entries = List.copyOf(entries);
    }

    /** One ORM's part of the comparison: its snippet, or why it has none. */
    public record Entry(Orm orm, Cell cell) {
    }
}
