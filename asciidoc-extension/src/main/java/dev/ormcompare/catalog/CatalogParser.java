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
 * the path relative to the catalog file; {@code sql=} names a file of the statements it sent, one per line.
 * {@code [file,include=PostMapper.xml,tag=insert]} (or {@code [file,title=...]} and a code block) adds
 * a file to the snippet before it. {@code [missing,topic=rollback,orm=flyway,reason="..."]} declares
 * that an ORM has no way to do a topic. {@code [tree,path=../orm-party/content]} reads a folder tree
 * ({@link CatalogTree}) at that point. {@code [remove,orm=sql]} and {@code [remove,topic=status]}
 * leave an ORM or a topic out. A snippet may only name ORMs and topics declared before it, in this
 * file or an earlier one; a topic is named by its short id ({@code rollback}) or its qualified id
 * ({@code transactions/rollback}).
 */
public final class CatalogParser {

    private static final Set<String> ORM_KEYS = Set.of("id", "name", "language", "aliases", "paradigm", "docs", "version");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "title", "group");
    private static final Set<String> SNIPPET_KEYS = Set.of("topic", "orm", "language", "note", "include", "tag", "title",
            "sql");
    private static final Set<String> FILE_KEYS = Set.of("title", "language", "include", "tag");
    private static final Set<String> MISSING_KEYS = Set.of("topic", "orm", "reason");
    private static final Set<String> TREE_KEYS = Set.of("path");
    private static final Set<String> REMOVE_KEYS = Set.of("topic", "orm");
    private static final List<String> KINDS = List.of("orm", "topic", "snippet", "file", "missing", "tree", "remove");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern QUALIFIED_ID = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_-]*)/([A-Za-z0-9][A-Za-z0-9_-]*)");
    private static final Pattern DELIMITER = Pattern.compile("-{4,}");

    private final String source;
    private final Path directory;
    private final Jail jail;
    private final List<String> lines;
    private final Catalog.Builder catalog;
    private final Set<String> declaredHere = new HashSet<>();
    private int index;
    /** The snippet entry a {@code [file,...]} entry adds to; null when the entry before was no snippet. */
    private LastSnippet lastSnippet;

    /** The cell a snippet or missing entry fills: a topic's qualified id and an ORM. */
    private record LocatedCell(String topicKey, Orm orm) {
    }

    /** A snippet just declared, which {@code [file,...]} entries after it extend. */
    private record LastSnippet(String topicKey, String ormId, Snippet snippet, String origin, String firstFileName) {
    }

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
                    case "file" -> addFile(entry);
                    case "missing" -> addMissing(entry);
                    case "tree" -> readTree(entry);
                    default -> addSnippet(entry);
                }
            } catch (EntryLine.SyntaxException e) {
                throw error(e.getMessage());
            } catch (ComparisonException e) {
                throw error(e.getMessage());
            }
            if (!entry.kind().equals("snippet") && !entry.kind().equals("file")) {
                lastSnippet = null;
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
        String docs = entry.optional("docs", "");
        if (!docs.isEmpty() && !docs.startsWith("https://") && !docs.startsWith("http://")) {
            throw error("docs=" + ErrorText.quote(docs) + " is not a web address; give the address of the ORM's "
                    + "documentation, starting with https://");
        }
        Orm.About about = new Orm.About(entry.optional("paradigm", ""), docs, entry.optional("version", ""));
        catalog.orm(new Orm(id, name, entry.optional("language", "text"), aliases, about));
    }

    /**
     * A topic declared by its short id claims it and takes its group's id as its category; without a
     * group it replaces the topic its short id names (as a title-only override would mean). One
     * declared by its qualified id ({@code transactions/rollback}) answers to the short id only where
     * no other topic has it.
     */
    private void addTopic(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(TOPIC_KEYS);
        String typed = entry.required("id");
        String title = entry.required("title");
        String group = entry.optional("group", "");
        java.util.regex.Matcher qualified = QUALIFIED_ID.matcher(typed);
        if (qualified.matches()) {
            declare("topic", typed);
            String category = Topic.categoryOf(qualified.group(1));
            if (!group.isEmpty() && !Topic.categoryOf(group).equals(category)) {
                throw error("the group '" + group + "' does not match the category '" + qualified.group(1) + "' of id="
                        + typed + "; leave group out, or write id=" + Topic.categoryOf(group) + "/" + qualified.group(2));
            }
            catalog.topic(new Topic(qualified.group(2), title, group.isEmpty() ? CatalogTree.titleOf(category) : group,
                    category, false));
            return;
        }
        String id = declare("topic", typed);
        String category = Topic.categoryOf(group);
        if (group.isEmpty()) {
            try {
                category = catalog.requireTopic(id).category();
            } catch (ComparisonException none) {
                category = ""; // a new topic outside any group
            }
        }
        catalog.topic(new Topic(id, title, group, category, true));
    }

    private void addSnippet(EntryLine entry) throws EntryLine.SyntaxException, CatalogException, ComparisonException {
        entry.requireKnownKeys(SNIPPET_KEYS);
        LocatedCell cell = locateCell(entry, "snippet");
        int entryLine = index + 1;
        String language = entry.optional("language", "");
        SnippetFile file = readFile(entry, cell.topicKey(), language.isEmpty() ? cell.orm().language() : language,
                language.isEmpty(), entryLine);
        List<String> sql = entry.values().containsKey("sql") ? readSql(entry.required("sql"), cell.topicKey()) : List.of();
        Snippet snippet = new Snippet(List.of(file), entry.optional("note", ""), sql);
        String origin = origin(entryLine);
        catalog.snippet(cell.topicKey(), cell.orm().id(), snippet, origin);
        String include = entry.optional("include", "");
        lastSnippet = new LastSnippet(cell.topicKey(), cell.orm().id(), snippet, origin,
                include.isEmpty() ? "" : Path.of(include).getFileName().toString());
    }

    /** {@code [file,...]}: one more file of the snippet declared just before. */
    private void addFile(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(FILE_KEYS);
        if (lastSnippet == null) {
            throw error("a [file,...] entry adds a file to the snippet just before it; put it right after a "
                    + "[snippet,...] entry (and its code block)");
        }
        Orm orm = catalog.orm(lastSnippet.ormId()).orElseThrow();
        String language = entry.optional("language", "");
        String include = entry.optional("include", "");
        String title = entry.optional("title", include.isEmpty() ? "" : Path.of(include).getFileName().toString());
        if (title.isEmpty()) {
            throw error("a [file,...] entry with its code inline needs a title=, the file name shown above its code");
        }
        SnippetFile added = readFile(entry, lastSnippet.topicKey(), language.isEmpty() ? orm.language() : language,
                language.isEmpty(), index + 1);
        List<SnippetFile> files = new ArrayList<>(lastSnippet.snippet().files());
        if (files.get(0).title().isEmpty()) {
            if (lastSnippet.firstFileName().isEmpty()) {
                throw error("the snippet before this entry now has several files, so its own code needs a title= too, "
                        + "the file name shown above it");
            }
            SnippetFile first = files.get(0);
            files.set(0, new SnippetFile(lastSnippet.firstFileName(), first.language(), first.code()));
        }
        files.add(new SnippetFile(title, added.language(), added.code()));
        Snippet snippet = new Snippet(files, lastSnippet.snippet().note(), lastSnippet.snippet().sql());
        catalog.snippet(lastSnippet.topicKey(), lastSnippet.ormId(), snippet, lastSnippet.origin());
        lastSnippet = new LastSnippet(lastSnippet.topicKey(), lastSnippet.ormId(), snippet, lastSnippet.origin(),
                lastSnippet.firstFileName());
    }

    /** {@code [missing,topic=...,orm=...,reason="..."]}: the ORM has no way to do the topic, and why. */
    private void addMissing(EntryLine entry) throws EntryLine.SyntaxException, CatalogException, ComparisonException {
        entry.requireKnownKeys(MISSING_KEYS);
        LocatedCell cell = locateCell(entry, "missing");
        catalog.cell(cell.topicKey(), cell.orm().id(), new Gap(entry.required("reason").strip(), true), origin(index + 1));
    }

    /** {@code [tree,path=...]}: the cells of a folder tree, read at this point of the file. */
    private void readTree(EntryLine entry) throws EntryLine.SyntaxException, CatalogException {
        entry.requireKnownKeys(TREE_KEYS);
        String path = entry.required("path");
        if (directory == null) {
            throw error("[tree,...] needs a catalog file on disk to resolve '" + path + "' against");
        }
        Path root = resolve(path, "path");
        if (!jail.allows(root)) {
            throw error("path=" + path + " is " + Jail.whereItLeads(root) + ", outside " + jail.describe()
                    + "; move the tree below it, or convert in UNSAFE mode");
        }
        if (!java.nio.file.Files.isDirectory(root)) {
            throw error("path=" + path + " is " + root + ", which " + (java.nio.file.Files.exists(root)
                    ? "is not a folder" : "does not exist") + "; name the folder holding the tree's category folders, "
                    + "relative to this catalog file");
        }
        CatalogTree.read(root, catalog, jail);
    }

    /** The topic and ORM of a snippet or missing entry, both declared before it, and not given twice here. */
    private LocatedCell locateCell(EntryLine entry, String kind) throws EntryLine.SyntaxException, CatalogException {
        String topicId = entry.required("topic");
        String ormId = entry.required("orm");
        Topic topic;
        try {
            topic = catalog.requireTopic(topicId);
        } catch (ComparisonException e) {
            throw error(catalog.topicAmbiguous(topicId) ? e.getMessage() : kind + " for undeclared topic '" + topicId
                    + "'; declare it first with [topic,id=" + topicId + ",title=\"...\"]");
        }
        Orm orm = catalog.orm(ormId).orElseThrow(() -> error(kind + " for undeclared ORM '" + ormId
                + "'; declare it first with [orm,id=" + ormId + ",name=\"...\"]"));
        if (!declaredHere.add("cell:" + topic.qualifiedId() + ":" + ormId)) {
            throw error("a second " + (kind.equals("snippet") ? "snippet" : "missing entry") + " for topic '" + topicId
                    + "' and ORM '" + ormId + "' in this file");
        }
        return new LocatedCell(topic.qualifiedId(), orm);
    }

    /** The code of an entry: {@code include=} (and {@code tag=}), else the code block after the entry line. */
    private SnippetFile readFile(EntryLine entry, String topicKey, String language, boolean languageFromFile,
                                 int entryLine) throws EntryLine.SyntaxException, CatalogException {
        if (!LANGUAGE.matcher(language).matches()) {
            throw error("'" + language + "' is not a source language; use a name such as java, console or sql");
        }
        if (!entry.values().containsKey("include")) {
            return new SnippetFile(entry.optional("title", ""), language, readDelimitedCode(entryLine));
        }
        String include = entry.required("include");
        String shownLanguage = languageFromFile ? FileLanguages.of(include).orElse(language) : language;
        return new SnippetFile(entry.optional("title", ""), shownLanguage, readInclude(entry, topicKey));
    }

    /** The statements of {@code sql=}: one per line, as a cell's test captured them. */
    private List<String> readSql(String sqlPath, String topicKey) throws CatalogException {
        if (directory == null) {
            throw error("sql= needs a catalog file on disk to resolve '" + sqlPath + "' against");
        }
        Path file = resolve(sqlPath, "sql");
        return readText(file, "sql=" + sqlPath, topicKey).lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }

    /** Where an entry was declared, as {@code ormcompare:catalog} shows it. */
    private String origin(int entryLine) {
        return (directory == null ? source : Path.of(source).getFileName().toString()) + ":" + entryLine;
    }

    /** The code of {@code include=path,tag=name}: a tagged region of a source file, or the whole file. */
    private String readInclude(EntryLine entry, String topicKey) throws EntryLine.SyntaxException, CatalogException {
        String include = entry.required("include");
        if (directory == null) {
            throw error("include= needs a catalog file on disk to resolve '" + include + "' against");
        }
        String text = readText(resolve(include, "include"), "include=" + include, topicKey);
        if (!entry.values().containsKey("tag")) {
            return text.strip();
        }
        try {
            return SourceRegion.extract(text, entry.required("tag"), include);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A path an entry gives, relative to this catalog file. */
    private Path resolve(String path, String key) throws CatalogException {
        try {
            return directory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw error(key + "=" + Printable.of(path) + " is not a path a file can have (" + e.getReason()
                    + "); give the path of a " + (key.equals("include") ? "source file" : "file")
                    + ", relative to this catalog file");
        }
    }

    /** A UTF-8 file an entry names, recorded as an input of the topic's cells. */
    private String readText(Path file, String given, String topicKey) throws CatalogException {
        if (!jail.allows(file)) {
            throw error(given + " is " + Jail.whereItLeads(file) + ", outside " + jail.describe()
                    + "; move the file below it, or convert in UNSAFE mode");
        }
        try {
            byte[] bytes = ReadableFile.read(file, SizeLimit.SNIPPET_SOURCE);
            catalog.input(topicKey, file);
            return Utf8Text.decode(bytes);
        } catch (ReadableFile.Refused e) {
            throw error("the file " + file + " (" + given + ") " + e.getMessage()
                    + (e.missing() ? "; the path is relative to this catalog file" : ""));
        } catch (Utf8Text.Malformed e) {
            throw new CatalogException(file.toString(), e.line(), e.describeInLine() + "; snippet source files are "
                    + "read as UTF-8: save this file as UTF-8 (" + Path.of(source).getFileName() + ":" + (index + 1)
                    + " takes code from it with " + given.substring(0, given.indexOf('=') + 1) + ")");
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
            Topic topic;
            try {
                topic = catalog.requireTopic(topicId);
            } catch (ComparisonException e) {
                throw error("cannot remove topic '" + topicId + "': " + e.getMessage());
            }
            catalog.removeTopic(topic.qualifiedId());
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
        boolean valid = ID.matcher(id).matches() || kind.equals("topic") && QUALIFIED_ID.matcher(id).matches();
        if (!valid) {
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
