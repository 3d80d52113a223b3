package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Topics x ORMs -> snippet. Immutable; ORMs and topics keep the order they were declared in,
 * which is the order a comparison shows them in when the docs writer names none.
 */
public final class Catalog {

    private final Map<String, Orm> ormsById;
    private final Map<String, Orm> ormsByName;
    private final Map<String, Topic> topicsById;
    private final Map<String, Map<String, Snippet>> snippetsByTopicThenOrm;

    private Catalog(Builder builder) {
        this.ormsById = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ormsById));
        this.topicsById = Collections.unmodifiableMap(new LinkedHashMap<>(builder.topicsById));
        Map<String, Map<String, Snippet>> snippets = new LinkedHashMap<>();
        builder.snippets.forEach((topic, byOrm) -> snippets.put(topic, Map.copyOf(byOrm)));
        this.snippetsByTopicThenOrm = Collections.unmodifiableMap(snippets);
        Map<String, Orm> byName = new LinkedHashMap<>();
        for (Orm orm : ormsById.values()) {
            byName.putIfAbsent(Names.key(orm.id()), orm);
            byName.putIfAbsent(Names.key(orm.name()), orm);
            orm.aliases().forEach(alias -> byName.putIfAbsent(Names.key(alias), orm));
        }
        this.ormsByName = Collections.unmodifiableMap(byName);
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

    /** The topic with this id, ignoring case. */
    public Optional<Topic> findTopic(String id) {
        return topicsById.values().stream()
                .filter(topic -> Names.key(topic.id()).equals(Names.key(id)))
                .findFirst();
    }

    public Optional<Snippet> snippet(Topic topic, Orm orm) {
        return Optional.ofNullable(snippetsByTopicThenOrm.getOrDefault(topic.id(), Map.of()).get(orm.id()));
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
            snippets.computeIfAbsent(topicId, id -> new LinkedHashMap<>()).put(ormId, snippet);
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
