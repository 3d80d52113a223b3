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

    public Comparison resolve(Catalog catalog) throws ComparisonException {
        Topic resolvedTopic = resolveTopic(catalog);
        List<Orm> resolvedOrms = orms.isPresent() ? resolveOrms(catalog, resolvedTopic, orms.get())
                : catalog.ormsWith(resolvedTopic);
        if (resolvedOrms.isEmpty()) {
            throw new ComparisonException("no ORM has a snippet for topic '" + resolvedTopic.id() + "'");
        }
        List<Comparison.Entry> entries = new ArrayList<>();
        for (Orm orm : resolvedOrms) {
            entries.add(new Comparison.Entry(orm, catalog.snippet(resolvedTopic, orm).orElseThrow()));
        }
        return new Comparison(resolvedTopic, entries, selectedIndex(catalog, resolvedOrms));
    }

    private Topic resolveTopic(Catalog catalog) throws ComparisonException {
        List<String> known = catalog.topics().stream().map(Topic::id).toList();
        if (topic.isBlank()) {
            String example = known.isEmpty() ? "apply" : known.get(0);
            throw new ComparisonException("no topic given; write ormcompare::" + example + "[] or topic=" + example
                    + ". Known topics: " + (known.isEmpty() ? "none" : ErrorText.list(known)) + ".");
        }
        return catalog.requireTopic(topic);
    }

    private static List<Orm> resolveOrms(Catalog catalog, Topic topic, List<String> typed) throws ComparisonException {
        if (typed.isEmpty()) {
            throw new ComparisonException("the list of ORMs is empty; name at least one, e.g. orms=\""
                    + String.join(",", catalog.ormsWith(topic).stream().limit(2).map(Orm::id).toList())
                    + "\", or leave orms out to show every ORM that has topic '" + topic.id() + "'");
        }
        Map<Orm, String> chosen = new LinkedHashMap<>();
        for (String name : typed) {
            Orm orm = catalog.requireOrm(name);
            String earlier = chosen.putIfAbsent(orm, name);
            if (earlier != null) {
                throw new ComparisonException("ORM '" + orm.name() + "' is listed twice"
                        + (earlier.equals(name) ? "" : " (as " + ErrorText.quote(earlier) + " and " + ErrorText.quote(name) + ")")
                        + "; list each ORM once");
            }
            if (catalog.snippet(topic, orm).isEmpty()) {
                List<String> having = catalog.ormsWith(topic).stream().map(Orm::id).toList();
                throw new ComparisonException("ORM '" + orm.name() + "' has no snippet for topic '" + topic.id()
                        + "'. ORMs with that topic: " + ErrorText.list(having) + ".");
            }
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
