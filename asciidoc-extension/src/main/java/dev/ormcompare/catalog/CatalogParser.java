package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one catalog file into a {@link Catalog.Builder}. The format, line by line:
 *
 * <pre>
 * // a comment
 * [orm,id=django,name="Django ORM",language=python,aliases="django-orm, dj"]
 * [topic,id=apply,title="Apply Migration",group=Migrations]
 * [snippet,topic=apply,orm=django,language=console,note="Optional remark."]
 * ----
 * $ python manage.py migrate
 * ----
 * </pre>
 *
 * The code between the {@code ----} lines is taken verbatim; a longer delimiter lets the code
 * itself hold {@code ----}. A snippet may only name ORMs and topics declared before it, in this
 * file or an earlier one.
 */
public final class CatalogParser {

    private static final Set<String> ORM_KEYS = Set.of("id", "name", "language", "aliases");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "group");
    private static final Set<String> SNIPPET_KEYS = Set.of("topic", "orm", "language", "note");
    private static final Set<String> KINDS = Set.of("orm", "topic", "snippet");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern DELIMITER = Pattern.compile("-{4,}");

    private final String source;
    private final List<String> lines;
    private final Catalog.Builder catalog;
    private final Set<String> declaredHere = new HashSet<>();
    private int index;

    private CatalogParser(String source, String text, Catalog.Builder catalog) {
        this.source = source;
        this.lines = text.lines().toList();
        this.catalog = catalog;
    }

    /**
     * Adds the entries of one catalog file to {@code catalog}.
     *
     * @param source the file's name as the docs writer knows it; errors are located by it
     * @param text   the file's content
     * @throws CatalogException at the first mistake, naming {@code source} and the line
     */
    public static void parse(String source, String text, Catalog.Builder catalog) throws CatalogException {
        new CatalogParser(source, text, catalog).parseAll();
    }

    private void parseAll() throws CatalogException {
        for (index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (!EntryLine.looksLikeEntry(line)) {
                throw error("expected an entry such as [orm,...], [topic,...] or [snippet,...] "
                        + "or a // comment, found '" + abbreviate(line) + "'");
            }
            EntryLine entry = parseEntry(line);
            try {
                switch (entry.kind()) {
                    case "orm" -> addOrm(entry);
                    case "topic" -> addTopic(entry);
                    default -> addSnippet(entry);
                }
            } catch (EntryLine.SyntaxException e) {
                throw error(e.getMessage());
            }
        }
    }

    private EntryLine parseEntry(String line) throws CatalogException {
        try {
            EntryLine entry = EntryLine.parse(line);
            if (!KINDS.contains(entry.kind())) {
                throw error("unknown entry kind '" + entry.kind() + "'" + Suggestions.didYouMean(entry.kind(), KINDS)
                        + " Known kinds: orm, topic, snippet.");
            }
            return entry;
        } catch (EntryLine.SyntaxException e) {
            throw error(e.getMessage());
        }
    }

    private void addOrm(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(ORM_KEYS);
        String id = declare("orm", entry.required("id"));
        List<String> aliases = new ArrayList<>();
        for (String alias : entry.optional("aliases", "").split(",")) {
            if (!alias.isBlank()) {
                aliases.add(alias.strip());
            }
        }
        catalog.orm(new Orm(id, entry.required("name"), entry.optional("language", "text"), aliases));
    }

    private void addTopic(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(TOPIC_KEYS);
        String id = declare("topic", entry.required("id"));
        catalog.topic(new Topic(id, entry.required("title"), entry.optional("group", "")));
    }

    private void addSnippet(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(SNIPPET_KEYS);
        String topicId = entry.required("topic");
        String ormId = entry.required("orm");
        if (!catalog.hasTopic(topicId)) {
            throw error("snippet for undeclared topic '" + topicId + "'; declare it first with [topic,id=" + topicId
                    + ",title=\"...\"]");
        }
        Orm orm = catalog.orm(ormId).orElseThrow(() -> error("snippet for undeclared ORM '" + ormId
                + "'; declare it first with [orm,id=" + ormId + ",name=\"...\"]"));
        if (!declaredHere.add("snippet:" + topicId + ":" + ormId)) {
            throw error("a second snippet for topic '" + topicId + "' and ORM '" + ormId + "' in this file");
        }
        int entryLine = index + 1;
        String code = readDelimitedCode(entryLine);
        catalog.snippet(topicId, ormId, new Snippet(entry.optional("language", orm.language()), code,
                entry.optional("note", "")));
    }

    /** Reads the {@code ----} block after a snippet entry and leaves {@code index} on its closing line. */
    private String readDelimitedCode(int entryLine) throws CatalogException {
        index++;
        if (index >= lines.size() || !DELIMITER.matcher(lines.get(index).strip()).matches()) {
            index = Math.min(index, lines.size() - 1);
            throw new CatalogException(source, entryLine, "the snippet's code must follow on the next line "
                    + "between two ---- lines");
        }
        String delimiter = lines.get(index).strip();
        int openedAt = index + 1;
        StringBuilder code = new StringBuilder();
        for (index++; index < lines.size(); index++) {
            if (lines.get(index).strip().equals(delimiter)) {
                return code.toString();
            }
            if (!code.isEmpty()) {
                code.append('\n');
            }
            code.append(lines.get(index));
        }
        throw new CatalogException(source, openedAt, "the code block opened here is never closed; "
                + "end it with a line holding exactly '" + delimiter + "'");
    }

    private String declare(String kind, String id) throws CatalogException {
        if (!ID.matcher(id).matches()) {
            throw error("'" + id + "' is not a valid " + kind
                    + " id; use letters, digits, '-' and '_', starting with a letter or digit");
        }
        if (!declaredHere.add(kind + ":" + id)) {
            throw error("the " + kind + " id '" + id + "' is declared twice in this file");
        }
        return id;
    }

    private CatalogException error(String problem) {
        return new CatalogException(source, index + 1, problem);
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }
}
