package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * itself hold {@code ----}. Instead of a code block, a snippet may take its code from a region of
 * a source file: {@code [snippet,topic=apply,orm=hibernate,include=../../main/java/Migrate.java,tag=apply]},
 * the path relative to the catalog file. {@code [remove,orm=sql]} and {@code [remove,topic=status]}
 * leave an ORM or a topic out. A snippet may only name ORMs and topics declared before it, in this
 * file or an earlier one.
 */
public final class CatalogParser {

    private static final Set<String> ORM_KEYS = Set.of("id", "name", "language", "aliases");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "group");
    private static final Set<String> SNIPPET_KEYS = Set.of("topic", "orm", "language", "note", "include", "tag");
    private static final Set<String> REMOVE_KEYS = Set.of("topic", "orm");
    private static final List<String> KINDS = List.of("orm", "topic", "snippet", "remove");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern DELIMITER = Pattern.compile("-{4,}");

    private final String source;
    private final Path directory;
    private final Jail jail;
    private final List<String> lines;
    private final Catalog.Builder catalog;
    private final Set<String> declaredHere = new HashSet<>();
    private int index;

    private CatalogParser(String source, Path directory, Jail jail, String text, Catalog.Builder catalog) {
        this.source = source;
        this.directory = directory;
        this.jail = jail;
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
        new CatalogParser(source, null, Jail.NONE, text, catalog).parseAll();
    }

    /**
     * Adds the entries of a catalog file on disk, whose snippets may take code from source files
     * next to it; every file read is recorded as an input of the catalog.
     */
    public static void parse(Path file, Catalog.Builder catalog) throws CatalogException, IOException {
        parse(file, catalog, Jail.NONE);
    }

    /** As {@link #parse(Path, Catalog.Builder)}, refusing source files outside {@code jail}. */
    public static void parse(Path file, Catalog.Builder catalog, Jail jail) throws CatalogException, IOException {
        String source = file.toString();
        if (!jail.allows(file)) {
            throw new CatalogException(source, 1, "this catalog file leads to " + Jail.whereItLeads(file) + ", outside "
                    + jail.describe() + "; keep catalog files below it, or convert in UNSAFE mode");
        }
        catalog.input(file);
        String text;
        try {
            text = Utf8Text.decode(ReadableFile.read(file, SizeLimit.CATALOG_FILE));
        } catch (ReadableFile.Refused e) {
            throw new CatalogException(source, 1, "this catalog file " + e.getMessage());
        } catch (Utf8Text.Malformed e) {
            throw new CatalogException(source, e.line(), e.describeInLine()
                    + "; catalog files are read as UTF-8: save this file as UTF-8");
        }
        new CatalogParser(source, file.toAbsolutePath().getParent(), jail, text, catalog).parseAll();
    }

    private void parseAll() throws CatalogException {
        for (index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (!EntryLine.looksLikeEntry(line)) {
                throw error("expected an entry such as [orm,...], [topic,...], [snippet,...] or [remove,...] "
                        + "or a // comment, found '" + abbreviate(line) + "'");
            }
            EntryLine entry = parseEntry(line);
            try {
                switch (entry.kind()) {
                    case "orm" -> addOrm(entry);
                    case "topic" -> addTopic(entry);
                    case "remove" -> remove(entry);
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
                throw error(Suggestions.unknown("entry kind", "kinds", entry.kind(), KINDS));
            }
            return entry;
        } catch (EntryLine.SyntaxException e) {
            throw error(e.getMessage());
        }
    }

    private void addOrm(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(ORM_KEYS);
        String id = declare("orm", entry.required("id"));
        String name = entry.required("name");
        if (Names.key(name).isEmpty()) {
            throw error("the name '" + name + "' has no letter or digit, so no macro could name this ORM; "
                    + "give it a name with letters or digits");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : entry.optional("aliases", "").split(",")) {
            if (alias.isBlank()) {
                continue;
            }
            if (Names.key(alias).isEmpty()) {
                throw error("the alias '" + alias.strip() + "' has no letter or digit, so no macro could name this ORM "
                        + "by it; give it letters or digits, or leave it out");
            }
            aliases.add(alias.strip());
        }
        catalog.orm(new Orm(id, name, entry.optional("language", "text"), aliases));
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
        String language = entry.optional("language", orm.language());
        if (!LANGUAGE.matcher(language).matches()) {
            throw error("'" + language + "' is not a source language; use a name such as java, console or sql");
        }
        String code = entry.values().containsKey("include") ? readInclude(entry) : readDelimitedCode(entryLine);
        catalog.snippet(topicId, ormId, new Snippet(language, code, entry.optional("note", "")),
                (directory == null ? source : Path.of(source).getFileName().toString()) + ":" + entryLine);
    }

    /** The code of {@code include=path,tag=name}: a tagged region of a source file, or the whole file. */
    private String readInclude(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        String include = entry.required("include");
        if (directory == null) {
            throw error("include= needs a catalog file on disk to resolve '" + include + "' against");
        }
        Path file;
        try {
            file = directory.resolve(include).normalize();
        } catch (InvalidPathException e) {
            throw error("include=" + Printable.of(include) + " is not a path a file can have (" + e.getReason()
                    + "); give the path of a source file, relative to this catalog file");
        }
        if (!jail.allows(file)) {
            throw error("include=" + include + " is " + Jail.whereItLeads(file) + ", outside " + jail.describe()
                    + "; move the file below it, or convert in UNSAFE mode");
        }
        String text;
        try {
            byte[] bytes = ReadableFile.read(file, SizeLimit.SNIPPET_SOURCE);
            catalog.input(file);
            text = Utf8Text.decode(bytes);
        } catch (ReadableFile.Refused e) {
            throw error("the file " + file + " (include=" + include + ") " + e.getMessage()
                    + (e.missing() ? "; the path is relative to this catalog file" : ""));
        } catch (Utf8Text.Malformed e) {
            throw new CatalogException(file.toString(), e.line(), e.describeInLine() + "; snippet source files are "
                    + "read as UTF-8: save this file as UTF-8 (" + Path.of(source).getFileName() + ":" + (index + 1)
                    + " takes code from it with include=)");
        }
        if (!entry.values().containsKey("tag")) {
            return text.strip();
        }
        try {
            return SourceRegion.extract(text, entry.required("tag"), include);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private void remove(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(REMOVE_KEYS);
        String ormId = entry.optional("orm", "");
        String topicId = entry.optional("topic", "");
        if (ormId.isEmpty() == topicId.isEmpty()) {
            throw error("[remove,...] takes one of orm=... or topic=...");
        }
        if (!ormId.isEmpty()) {
            if (catalog.orm(ormId).isEmpty()) {
                throw error("cannot remove ORM '" + ormId + "': it is not declared before this line");
            }
            catalog.removeOrm(ormId);
        } else {
            if (!catalog.hasTopic(topicId)) {
                throw error("cannot remove topic '" + topicId + "': it is not declared before this line");
            }
            catalog.removeTopic(topicId);
        }
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
