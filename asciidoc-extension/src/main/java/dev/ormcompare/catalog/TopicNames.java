package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds a topic by the id a docs writer typed: its qualified id ({@code transactions/rollback}) or its
 * short id ({@code rollback}), ignoring case. A short id that topics of several categories share names
 * the one that claims it (a topic a catalog file declared by its short id); without a single claimant
 * it names none, and the writer is asked for the qualified id.
 */
final class TopicNames {

    private final Map<String, Topic> byQualifiedId = new HashMap<>();
    private final Map<String, List<Topic>> byShortId = new LinkedHashMap<>();

    TopicNames(Collection<Topic> topics) {
        topics.forEach(this::add);
    }

    /** Adds a topic, replacing the one of the same qualified id (a builder's index follows its declarations). */
    void add(Topic topic) {
        Topic replaced = byQualifiedId.put(qualifiedKey(topic.category(), topic.id()), topic);
        if (replaced != null) {
            remove(replaced);
            byQualifiedId.put(qualifiedKey(topic.category(), topic.id()), topic);
        }
        byShortId.computeIfAbsent(Names.key(topic.id()), key -> new ArrayList<>()).add(topic);
    }

    void remove(Topic topic) {
        byQualifiedId.remove(qualifiedKey(topic.category(), topic.id()));
        List<Topic> sharing = byShortId.get(Names.key(topic.id()));
        if (sharing != null) {
            sharing.remove(topic);
        }
    }

    Optional<Topic> find(String typed) {
        List<Topic> candidates = candidates(typed);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * @param known the topics an unknown id's message lists, asked for only then: a macro that names a known
     *              topic, the usual case, pays nothing for the list
     * @throws ComparisonException naming the known topics, or the qualified ids an ambiguous short id could mean
     */
    Topic require(String typed, Supplier<Collection<Topic>> known) throws ComparisonException {
        List<Topic> candidates = candidates(typed);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new ComparisonException(Suggestions.unknown("topic", "topics", typed, typedNames(known.get())));
        }
        throw new ComparisonException("topic " + ErrorText.quote(typed) + " names " + candidates.size()
                + " topics, of different groups: " + ErrorText.list(candidates.stream().map(Topic::qualifiedId).toList())
                + "; write the one you mean");
    }

    /** True when the typed id is a short id that topics of several categories share, none claiming it. */
    boolean ambiguous(String typed) {
        return candidates(typed).size() > 1;
    }

    /** The one topic a typed id names, or, when it names several, all of them. */
    private List<Topic> candidates(String typed) {
        int slash = typed.indexOf('/');
        if (slash >= 0) {
            Topic topic = byQualifiedId.get(qualifiedKey(typed.substring(0, slash), typed.substring(slash + 1)));
            return topic == null ? List.of() : List.of(topic);
        }
        List<Topic> sharing = byShortId.getOrDefault(Names.key(typed), List.of());
        if (sharing.size() <= 1) {
            return sharing;
        }
        List<Topic> claiming = sharing.stream().filter(Topic::claimsShortId).toList();
        return claiming.size() == 1 ? claiming : sharing;
    }

    /** How each known topic is best typed: its short id, or its qualified id where the short one is shared. */
    List<String> typedNames(Collection<Topic> known) {
        List<String> names = new ArrayList<>();
        for (Topic topic : known) {
            names.add(candidates(topic.id()).equals(List.of(topic)) ? topic.id() : topic.qualifiedId());
        }
        return names;
    }

    private static String qualifiedKey(String category, String id) {
        return Names.key(category) + "/" + Names.key(id);
    }
}
