package dev.ormcompare.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topics x ORMs -> snippet. Immutable; ORMs and topics keep the order they were declared in,
 * which is the order a comparison shows them in when the docs writer names none.
 */
public final class Catalog {

    private final Map<String, Orm> ormsById;
    private final Map<String, Orm> ormsByName;
    private final Map<String, Topic> topicsById;
    private final Map<String, Topic> topicsByKey;
    private final Map<String, Map<String, Snippet>> snippetsByTopicThenOrm;
    private final Map<String, String> originsByCell;
    private final List<Path> inputs;

    private Catalog(Builder builder) {
        this.originsByCell = Map.copyOf(builder.origins);
        this.inputs = List.copyOf(builder.inputs);
        this.ormsById = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ormsById));
        this.topicsById = Collections.unmodifiableMap(new LinkedHashMap<>(builder.topicsById));
        Map<String, Map<String, Snippet>> snippets = new LinkedHashMap<>();
        builder.snippets.forEach((topic, byOrm) -> snippets.put(topic, Map.copyOf(byOrm)));
        this.snippetsByTopicThenOrm = Collections.unmodifiableMap(snippets);
        Map<String, Orm> byName = new LinkedHashMap<>();
        for (Orm orm : ormsById.values()) {
            List<String> names = new ArrayList<>(List.of(orm.id(), orm.name()));
            names.addAll(orm.aliases());
            for (String name : names) {
                String key = Names.key(name);
                if (!key.isEmpty()) { // a name without letters or digits names nothing
                    byName.putIfAbsent(key, orm);
                }
            }
        }
        this.ormsByName = Collections.unmodifiableMap(byName);
        Map<String, Topic> topicKeys = new LinkedHashMap<>();
        topicsById.values().forEach(topic -> topicKeys.putIfAbsent(Names.key(topic.id()), topic));
        this.topicsByKey = Collections.unmodifiableMap(topicKeys);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this catalog's entries, to extend or override. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ormsById.putAll(ormsById);
        builder.topicsById.putAll(topicsById);
        snippetsByTopicThenOrm.forEach((topic, byOrm) -> builder.snippets.put(topic, new LinkedHashMap<>(byOrm)));
        builder.origins.putAll(originsByCell);
        builder.inputs.addAll(inputs);
        return builder;
    }

    public List<Orm> orms() {
        return List.copyOf(ormsById.values());
    }

    public List<Topic> topics() {
        return List.copyOf(topicsById.values());
    }

    /** The ORM with this id, display name or alias, ignoring case, spaces and punctuation. */
    public Optional<Orm> findOrm(String nameOrAlias) {
        return Optional.ofNullable(ormsByName.get(Names.key(nameOrAlias)));
    }

    /** The ORM with this id, display name or alias, or a message naming the known ones. */
    public Orm requireOrm(String nameOrAlias) throws ComparisonException {
        Optional<Orm> orm = findOrm(nameOrAlias);
        if (orm.isEmpty()) {
            // Ids first, so a suggestion is an id when an id is as close as an alias.
            List<String> names = new ArrayList<>(ormsById.keySet());
            ormsById.values().forEach(o -> names.addAll(o.aliases()));
            throw new ComparisonException(Suggestions.unknown("ORM", "ORMs", nameOrAlias, ormsById.keySet(), names));
        }
        return orm.get();
    }

    /** The topic with this id, or a message naming the known ones. */
    public Topic requireTopic(String id) throws ComparisonException {
        Optional<Topic> topic = findTopic(id);
        if (topic.isEmpty()) {
            throw new ComparisonException(Suggestions.unknown("topic", "topics", id, topicsById.keySet()));
        }
        return topic.get();
    }

    /** The topic with this id, ignoring case. */
    public Optional<Topic> findTopic(String id) {
        return Optional.ofNullable(topicsByKey.get(Names.key(id)));
    }

    public Optional<Snippet> snippet(Topic topic, Orm orm) {
        return Optional.ofNullable(snippetsByTopicThenOrm.getOrDefault(topic.id(), Map.of()).get(orm.id()));
    }

    /** Where the snippet of a cell was declared, e.g. {@code team.adoc:12}; empty if unknown. */
    public String origin(Topic topic, Orm orm) {
        return originsByCell.getOrDefault(cell(topic.id(), orm.id()), "");
    }

    /** Every file this catalog was read from: catalog files and the source files snippets were taken from. */
    public List<Path> inputs() {
        return inputs;
    }

    private static String cell(String topicId, String ormId) {
        return topicId + "\u0000" + ormId;
    }

    /** The ORMs that have a snippet for the topic, in catalog order. */
    public List<Orm> ormsWith(Topic topic) {
        Map<String, Snippet> byOrm = snippetsByTopicThenOrm.getOrDefault(topic.id(), Map.of());
        List<Orm> result = new ArrayList<>();
        for (Orm orm : ormsById.values()) {
            if (byOrm.containsKey(orm.id())) {
                result.add(orm);
            }
        }
        return result;
    }

    /** Collects a catalog; later declarations of the same id replace earlier ones. */
    public static final class Builder {

        private final Map<String, Orm> ormsById = new LinkedHashMap<>();
        private final Map<String, Topic> topicsById = new LinkedHashMap<>();
        private final Map<String, Map<String, Snippet>> snippets = new LinkedHashMap<>();
        private final Map<String, String> origins = new LinkedHashMap<>();
        private final Set<Path> inputs = new LinkedHashSet<>(); // in the order read; thousands of include= files

        private Builder() {
        }

        public Builder orm(Orm orm) {
            ormsById.put(orm.id(), orm);
            return this;
        }

        public Builder topic(Topic topic) {
            topicsById.put(topic.id(), topic);
            return this;
        }

        public Builder snippet(String topicId, String ormId, Snippet snippet) {
            return snippet(topicId, ormId, snippet, "");
        }

        /** @param origin where the snippet was declared, shown by {@code ormcompare:catalog} */
        public Builder snippet(String topicId, String ormId, Snippet snippet, String origin) {
            snippets.computeIfAbsent(topicId, id -> new LinkedHashMap<>()).put(ormId, snippet);
            origins.put(cell(topicId, ormId), origin);
            return this;
        }

        /** Leaves an ORM, and its snippets, out of the catalog. */
        public Builder removeOrm(String id) {
            ormsById.remove(id);
            snippets.values().forEach(byOrm -> byOrm.remove(id));
            return this;
        }

        /** Leaves a topic, and its snippets, out of the catalog. */
        public Builder removeTopic(String id) {
            topicsById.remove(id);
            snippets.remove(id);
            return this;
        }

        /** Records a file the catalog was read from, so a change to it is noticed. */
        public Builder input(Path file) {
            inputs.add(file);
            return this;
        }

        public Optional<Orm> orm(String id) {
            return Optional.ofNullable(ormsById.get(id));
        }

        public boolean hasTopic(String id) {
            return topicsById.containsKey(id);
        }

        public Catalog build() {
            return new Catalog(this);
        }
    }
}
