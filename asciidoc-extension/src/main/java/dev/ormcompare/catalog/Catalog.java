package dev.ormcompare.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topics x ORMs -> cell (a snippet, or the reason there is none). Immutable; ORMs and topics keep the
 * order they were declared in, which is the order a comparison shows them in when the docs writer
 * names none. Topics are keyed by their qualified id ({@code migrations/rollback}); a short id
 * ({@code rollback}) names the one topic that has it, or the one that claims it.
 */
public final class Catalog {

    private final Map<String, Orm> ormsById;
    private final Map<String, Orm> ormsByName;
    private final Map<String, Topic> topicsByQualifiedId;
    private final TopicNames topicNames;
    private final Map<String, Map<String, Cell>> cellsByTopicThenOrm;
    private final Map<String, String> originsByCell;
    private final List<Path> sharedInputs;
    private final Map<String, List<Path>> inputsByTopic;
    private final List<CatalogWarning> warnings;

    private Catalog(Builder builder) {
        this.originsByCell = Map.copyOf(builder.origins);
        this.sharedInputs = List.copyOf(builder.sharedInputs);
        Map<String, List<Path>> topicInputs = new LinkedHashMap<>();
        builder.topicInputs.forEach((topic, paths) -> topicInputs.put(topic, List.copyOf(paths)));
        this.inputsByTopic = Collections.unmodifiableMap(topicInputs);
        this.warnings = List.copyOf(builder.warnings);
        this.ormsById = Collections.unmodifiableMap(new LinkedHashMap<>(builder.ormsById));
        this.topicsByQualifiedId = Collections.unmodifiableMap(new LinkedHashMap<>(builder.topics));
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        builder.cells.forEach((topic, byOrm) -> cells.put(topic, Map.copyOf(byOrm)));
        this.cellsByTopicThenOrm = Collections.unmodifiableMap(cells);
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
        this.topicNames = new TopicNames(topicsByQualifiedId.values());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this catalog's entries, to extend or override. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ormsById.putAll(ormsById);
        topicsByQualifiedId.values().forEach(builder::topic);
        cellsByTopicThenOrm.forEach((topic, byOrm) -> builder.cells.put(topic, new LinkedHashMap<>(byOrm)));
        builder.origins.putAll(originsByCell);
        builder.sharedInputs.addAll(sharedInputs);
        inputsByTopic.forEach((topic, paths) -> builder.topicInputs.put(topic, new LinkedHashSet<>(paths)));
        builder.warnings.addAll(warnings);
        return builder;
    }

    public List<Orm> orms() {
        return List.copyOf(ormsById.values());
    }

    /** Every topic, in the order declared, those without any cell included. */
    public List<Topic> topics() {
        return List.copyOf(topicsByQualifiedId.values());
    }

    /** The topics that have at least one cell (a snippet or a declared gap), in the order declared. */
    public List<Topic> topicsWithCells() {
        return topicsByQualifiedId.values().stream()
                .filter(topic -> !cellsByTopicThenOrm.getOrDefault(topic.qualifiedId(), Map.of()).isEmpty())
                .toList();
    }

    /** How each topic with cells is named in a macro: its short id, or its qualified id where the short one is shared. */
    public List<String> topicIds() {
        return topicNames.typedNames(topicsWithCells());
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

    /**
     * The topic with this short or qualified id, ignoring case, or a message naming the known ones, or
     * the qualified ids a short id could mean.
     */
    public Topic requireTopic(String id) throws ComparisonException {
        return topicNames.require(id, () -> {
            List<Topic> withCells = topicsWithCells();
            return withCells.isEmpty() ? topics() : withCells;
        });
    }

    /** The topic with this short or qualified id, ignoring case; empty when none or when it is ambiguous. */
    public Optional<Topic> findTopic(String id) {
        return topicNames.find(id);
    }

    /** The snippet of a cell; empty when it has none, or is a declared gap. */
    public Optional<Snippet> snippet(Topic topic, Orm orm) {
        return cell(topic, orm).filter(Snippet.class::isInstance).map(Snippet.class::cast);
    }

    /** A snippet or a declared gap; empty when the catalog says nothing of the cell. */
    public Optional<Cell> cell(Topic topic, Orm orm) {
        return Optional.ofNullable(cellsByTopicThenOrm.getOrDefault(topic.qualifiedId(), Map.of()).get(orm.id()));
    }

    /** Where the cell was declared, e.g. {@code team.adoc:12} or a folder; empty if unknown. */
    public String origin(Topic topic, Orm orm) {
        return originsByCell.getOrDefault(cellKey(topic.qualifiedId(), orm.id()), "");
    }

    /**
     * Every file and folder this catalog was read from: catalog files, folders of a tree, the files
     * of its cells and the source files snippets were taken from. A change to any changes the catalog.
     */
    public List<Path> inputs() {
        Set<Path> all = new LinkedHashSet<>(sharedInputs);
        inputsByTopic.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * What every use of this catalog depends on: catalog files and the folders whose listing decides
     * which topics exist. The files of a topic's cells are {@link #inputs(Topic)}.
     */
    public List<Path> sharedInputs() {
        return sharedInputs;
    }

    /** The files and folders a topic's cells were read from: what a comparison of that topic depends on. */
    public List<Path> inputs(Topic topic) {
        return inputsByTopic.getOrDefault(topic.qualifiedId(), List.of());
    }

    /** What was skipped while reading (files outside a tree's layout, say). */
    public List<CatalogWarning> warnings() {
        return warnings;
    }

    private static String cellKey(String topicKey, String ormId) {
        return topicKey + "\u0000" + ormId;
    }

    /** The ORMs that have a snippet for the topic, in catalog order. */
    public List<Orm> ormsWith(Topic topic) {
        Map<String, Cell> byOrm = cellsByTopicThenOrm.getOrDefault(topic.qualifiedId(), Map.of());
        List<Orm> result = new ArrayList<>();
        for (Orm orm : ormsById.values()) {
            if (byOrm.get(orm.id()) instanceof Snippet) {
                result.add(orm);
            }
        }
        return result;
    }

    /** Collects a catalog; later declarations of the same id replace earlier ones. */
    public static final class Builder {

        private final Map<String, Orm> ormsById = new LinkedHashMap<>();
        private final Map<String, Topic> topics = new LinkedHashMap<>();
        /** Qualified ids by their form ignoring case and punctuation, so a folder finds the topic it names. */
        private final Map<String, String> qualifiedIdsByKey = new HashMap<>();
        /** The topics by the ids an entry may name them by, kept as topics are declared and removed. */
        private final TopicNames names = new TopicNames(List.of());
        private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        private final Map<String, String> origins = new LinkedHashMap<>();
        private final Set<Path> sharedInputs = new LinkedHashSet<>(); // in the order read
        private final Map<String, Set<Path>> topicInputs = new LinkedHashMap<>();
        private final List<CatalogWarning> warnings = new ArrayList<>();

        private Builder() {
        }

        public Builder orm(Orm orm) {
            ormsById.put(orm.id(), orm);
            return this;
        }

        /** Declares a topic, or replaces the one with the same qualified id (keeping its place). */
        public Builder topic(Topic topic) {
            topics.put(topic.qualifiedId(), topic);
            names.add(topic);
            qualifiedIdsByKey.put(keyOf(topic.category(), topic.id()), topic.qualifiedId());
            return this;
        }

        private static String keyOf(String category, String id) {
            return Names.key(category) + "/" + Names.key(id);
        }

        public Builder snippet(String topicKey, String ormId, Snippet snippet) {
            return cell(topicKey, ormId, snippet, "");
        }

        /** @param origin where the snippet was declared, shown by {@code ormcompare:catalog} */
        public Builder snippet(String topicKey, String ormId, Snippet snippet, String origin) {
            return cell(topicKey, ormId, snippet, origin);
        }

        /**
         * Sets a cell, replacing what it held.
         *
         * @param topicKey a topic's qualified id, as {@link Topic#qualifiedId()} gives it
         */
        public Builder cell(String topicKey, String ormId, Cell cell, String origin) {
            String key = qualified(topicKey);
            cells.computeIfAbsent(key, id -> new LinkedHashMap<>()).put(ormId, cell);
            origins.put(cellKey(key, ormId), origin);
            return this;
        }

        /** A topic's qualified id, from itself or from a short id that names one topic; as given otherwise. */
        private String qualified(String topicKey) {
            if (topics.containsKey(topicKey)) {
                return topicKey;
            }
            return names.find(topicKey).map(Topic::qualifiedId).orElse(topicKey);
        }

        /** Leaves an ORM, and its cells, out of the catalog. */
        public Builder removeOrm(String id) {
            ormsById.remove(id);
            cells.values().forEach(byOrm -> byOrm.remove(id));
            return this;
        }

        /** Leaves a topic, and its cells, out of the catalog. */
        public Builder removeTopic(String topicKey) {
            topicKey = qualified(topicKey);
            Topic removed = topics.remove(topicKey);
            if (removed != null) {
                names.remove(removed);
                qualifiedIdsByKey.remove(keyOf(removed.category(), removed.id()));
            }
            cells.remove(topicKey);
            return this;
        }

        /** Records a file or folder every use of the catalog depends on, so a change to it is noticed. */
        public Builder input(Path path) {
            sharedInputs.add(path);
            return this;
        }

        /** Records a file or folder the cells of one topic were read from. */
        public Builder input(String topicKey, Path path) {
            topicInputs.computeIfAbsent(qualified(topicKey), key -> new LinkedHashSet<>()).add(path);
            return this;
        }

        /** Records something skipped while reading. */
        public Builder warning(CatalogWarning warning) {
            warnings.add(warning);
            return this;
        }

        public Optional<Orm> orm(String id) {
            return Optional.ofNullable(ormsById.get(id));
        }

        /** The topic of this category and id, ignoring case and punctuation. */
        public Optional<Topic> topic(String category, String id) {
            String qualifiedId = qualifiedIdsByKey.get(keyOf(category, id));
            return qualifiedId == null ? Optional.empty() : Optional.ofNullable(topics.get(qualifiedId));
        }

        /** The group of the topics of a category, as the first of them that has one names it. */
        public Optional<String> groupOf(String category) {
            return topics.values().stream()
                    .filter(topic -> topic.category().equals(category) && !topic.group().isEmpty())
                    .map(Topic::group)
                    .findFirst();
        }

        /** The ORM whose id, ignoring case and punctuation, is {@code key}. */
        public Optional<Orm> ormByKey(String key) {
            return ormsById.values().stream().filter(orm -> Names.key(orm.id()).equals(key)).findFirst();
        }

        /**
         * Marks what was read so far as built in: its files are no input of the user's (they are in the jar)
         * and its cells' origins say "built-in".
         */
        Builder asBuiltIn() {
            sharedInputs.clear();
            topicInputs.clear();
            origins.replaceAll((cell, origin) -> origin.startsWith("built-in") ? origin : "built-in " + origin);
            return this;
        }

        /** The topic a short or qualified id names among those declared so far. */
        public Topic requireTopic(String id) throws ComparisonException {
            return names.require(id, topics::values);
        }

        /** True when a short id names topics of several categories and none claims it. */
        boolean topicAmbiguous(String id) {
            return names.ambiguous(id);
        }

        public Catalog build() {
            return new Catalog(this);
        }
    }
}
