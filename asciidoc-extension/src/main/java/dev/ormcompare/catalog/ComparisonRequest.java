package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a docs writer asked for, as typed: a topic, maybe a list of ORMs, maybe the ORM to
 * select first. {@link #resolve(Catalog)} checks it against a catalog.
 *
 * @param topic    the topic's id as typed; empty when none was given
 * @param orms     the ORMs as typed, or empty to show every ORM that has the topic;
 *                 {@code Optional.of(List.of())} means an explicitly empty list, which is a mistake
 * @param selected the ORM to show first as typed; empty for the first one
 */
public record ComparisonRequest(String topic, Optional<List<String>> orms, String selected) {

    /** As {@link #resolve(Catalog, boolean)}, an ORM without a snippet or a declared gap being a mistake. */
    public Comparison resolve(Catalog catalog) throws ComparisonException {
        return resolve(catalog, false);
    }

    /**
     * @param showGaps whether an ORM the catalog says nothing of for the topic gets a "No snippet" gap
     *                 instead of an error
     */
    public Comparison resolve(Catalog catalog, boolean showGaps) throws ComparisonException {
        return resolve(catalog, resolveTopic(catalog), showGaps);
    }

    /** As {@link #resolve(Catalog, boolean)}, with the topic already found by {@link #resolveTopic}. */
    public Comparison resolve(Catalog catalog, Topic resolvedTopic, boolean showGaps) throws ComparisonException {
        List<Orm> resolvedOrms = orms.isPresent() ? resolveOrms(catalog, resolvedTopic, orms.get(), showGaps)
                : catalog.ormsWith(resolvedTopic);
        if (resolvedOrms.isEmpty()) {
            throw new ComparisonException("no ORM has a snippet for topic '" + resolvedTopic.id() + "'");
        }
        List<Comparison.Entry> entries = new ArrayList<>();
        for (Orm orm : resolvedOrms) {
            Cell cell = catalog.cell(resolvedTopic, orm)
                    .orElseGet(() -> new Gap("No snippet for " + orm.name() + " yet.", false));
            entries.add(new Comparison.Entry(orm, cell));
        }
        return new Comparison(resolvedTopic, entries, selectedIndex(catalog, resolvedOrms));
    }

    /** The topic asked for, or a message naming the known ones. */
    public Topic resolveTopic(Catalog catalog) throws ComparisonException {
        if (topic.isBlank()) {
            List<String> known = catalog.topicIds(); // only for the message: a named topic pays nothing for the list
            String example = known.isEmpty() ? "apply" : known.get(0);
            throw new ComparisonException("no topic given; write ormcompare::" + example + "[] or topic=" + example
                    + ". Known topics: " + (known.isEmpty() ? "none" : ErrorText.list(known)) + ".");
        }
        return catalog.requireTopic(topic);
    }

    private static List<Orm> resolveOrms(Catalog catalog, Topic topic, List<String> typed, boolean showGaps)
            throws ComparisonException {
        if (typed.isEmpty()) {
            throw new ComparisonException("the list of ORMs is empty; name at least one, e.g. orms=\""
                    + String.join(",", catalog.ormsWith(topic).stream().limit(2).map(Orm::id).toList())
                    + "\", or leave orms out to show every ORM that has topic '" + topic.id() + "'");
        }
        Map<Orm, String> chosen = new LinkedHashMap<>();
        List<Orm> withoutCell = new ArrayList<>();
        for (String name : typed) {
            Orm orm = catalog.requireOrm(name);
            String earlier = chosen.putIfAbsent(orm, name);
            if (earlier != null) {
                throw new ComparisonException("ORM '" + orm.name() + "' is listed twice"
                        + (earlier.equals(name) ? "" : " (as " + ErrorText.quote(earlier) + " and " + ErrorText.quote(name) + ")")
                        + "; list each ORM once");
            }
            if (catalog.cell(topic, orm).isEmpty()) {
                withoutCell.add(orm);
            }
        }
        if (!withoutCell.isEmpty() && !showGaps) {
            List<String> having = catalog.ormsWith(topic).stream().map(Orm::id).toList();
            String names = withoutCell.size() == 1 ? "ORM '" + withoutCell.get(0).name() + "' has"
                    : "ORMs " + ErrorText.list(withoutCell.stream().map(orm -> "'" + orm.name() + "'").toList()) + " have";
            throw new ComparisonException(names + " no snippet for topic '" + topic.id() + "'. ORMs with that topic: "
                    + (having.isEmpty() ? "none" : ErrorText.list(having))
                    + ". To show a \"No snippet\" tab instead, add missing=show to the macro.");
        }
        return List.copyOf(chosen.keySet());
    }

    private int selectedIndex(Catalog catalog, List<Orm> shown) throws ComparisonException {
        if (selected.isBlank()) {
            return 0;
        }
        Orm orm = catalog.requireOrm(selected);
        int index = shown.indexOf(orm);
        if (index < 0) {
            throw new ComparisonException("selected ORM " + ErrorText.quote(selected)
                    + " is not in this comparison; select one of: " + ErrorText.list(shown.stream().map(Orm::id).toList())
                    + ".");
        }
        return index;
    }
}
