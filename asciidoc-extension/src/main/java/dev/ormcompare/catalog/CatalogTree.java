package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a catalog kept as a folder tree, {@code <category>/<topic>/<orm>/<files>}, the layout of ORM
 * Party's {@code content/} folder: {@code 4-querying/1-filter-where/django/views.py} is the Django cell
 * of topic {@code filter-where} (qualified {@code querying/filter-where}). Number prefixes order
 * categories, topics and files and are not part of ids or titles. Every file of an ORM folder is shown,
 * in order, each highlighted by its extension.
 *
 * <p>Hidden files and {@code README*} are skipped, and so are {@code *.adoc} files at the root (catalog
 * files, read by {@link CatalogFiles}); any other file that does not fit the layout is skipped with one warning
 * naming them all. A cell joins the topic of the same qualified id when there is one (so the built-in
 * titles apply), else makes a topic titled after its folder.
 */
public final class CatalogTree {

    /** Skipped files listed in the one warning; the rest are counted. */
    private static final int LISTED = 10;

    private final Catalog.Builder catalog;
    private final Jail jail;
    private final List<Path> outsideLayout = new ArrayList<>();

    private CatalogTree(Catalog.Builder catalog, Jail jail) {
        this.catalog = catalog;
        this.jail = jail;
    }

    /** Adds the cells of the tree at {@code root} to {@code catalog}; every folder and file read is an input. */
    public static void read(Path root, Catalog.Builder catalog, Jail jail) throws CatalogException {
        CatalogTree tree = new CatalogTree(catalog, jail);
        tree.readRoot(root);
        tree.warnAboutSkipped(root);
    }

    /** {@code fetch-by-pk} gives "Fetch by pk": the title of a topic or group that no catalog entry names. */
    static String titleOf(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private void readRoot(Path root) throws CatalogException {
        catalog.input(root);
        for (Entry entry : list(root)) {
            if (entry.folder()) {
                readCategory(entry);
            } else if (!entry.path().getFileName().toString().endsWith(".adoc")) {
                outsideLayout.add(entry.path());
            }
        }
    }

    private void readCategory(Entry category) throws CatalogException {
        catalog.input(category.path());
        Map<String, Path> topicsHere = new HashMap<>();
        for (Entry entry : list(category.path())) {
            if (!entry.folder()) {
                outsideLayout.add(entry.path());
                continue;
            }
            Path earlier = topicsHere.putIfAbsent(Names.key(entry.name().name()), entry.path());
            if (earlier != null) {
                throw new CatalogException(entry.path().toString(), "this topic folder and " + earlier.getFileName()
                        + " both give the topic id '" + entry.name().name() + "' in category '" + category.name().name()
                        + "'; rename one of them (number prefixes only order, they are not part of the id)");
            }
            readTopic(category.name().name(), entry);
        }
    }

    private void readTopic(String category, Entry folder) throws CatalogException {
        Topic topic = topic(category, folder.name().name());
        String key = topic.qualifiedId();
        catalog.input(folder.path()); // its listing decides which ORMs have the topic, and which ORMs exist
        for (Entry entry : list(folder.path())) {
            if (entry.folder()) {
                readCell(key, entry);
            } else {
                outsideLayout.add(entry.path());
            }
        }
    }

    /** The topic of that qualified id, declared now if the catalog has none, in its category's group. */
    private Topic topic(String category, String id) {
        String categoryKey = Topic.categoryOf(category);
        Optional<Topic> known = catalog.topic(categoryKey, id);
        if (known.isPresent()) {
            return known.get();
        }
        Topic topic = new Topic(id, titleOf(id), catalog.groupOf(categoryKey).orElse(titleOf(category)), categoryKey,
                false);
        catalog.topic(topic);
        return topic;
    }

    private void readCell(String topicKey, Entry folder) throws CatalogException {
        Orm orm = orm(folder);
        catalog.input(topicKey, folder.path());
        List<SnippetFile> files = new ArrayList<>();
        for (Entry entry : list(folder.path())) {
            if (entry.folder()) {
                outsideLayout.add(entry.path());
                continue;
            }
            files.add(readFile(topicKey, orm, entry));
        }
        if (files.isEmpty()) {
            throw new CatalogException(folder.path().toString(), "this ORM folder holds no file; put the snippet's "
                    + "files in it, or remove the folder");
        }
        if (files.size() == 1) { // a single file is titled by its ORM, as any snippet
            SnippetFile only = files.get(0);
            files.set(0, new SnippetFile("", only.language(), only.code()));
        }
        catalog.cell(topicKey, orm.id(), new Snippet(files, "", List.of()), folder.path().toString());
    }

    /** The ORM an ORM folder names: a declared one by id, ignoring case, or a new one named as the folder. */
    private Orm orm(Entry folder) throws CatalogException {
        String name = folder.path().getFileName().toString();
        if (Names.key(name).isEmpty()) {
            throw new CatalogException(folder.path().toString(), "an ORM folder's name is the ORM's id, and '" + name
                    + "' has no letter or digit; rename the folder to the ORM's id, e.g. django");
        }
        Optional<Orm> declared = catalog.orm(name).or(() -> catalog.ormByKey(Names.key(name)));
        if (declared.isPresent()) {
            return declared.get();
        }
        Orm orm = new Orm(name, name, "text", List.of());
        catalog.orm(orm);
        return orm;
    }

    private SnippetFile readFile(String topicKey, Orm orm, Entry file) throws CatalogException {
        Path path = file.path();
        if (!jail.allows(path)) {
            throw new CatalogException(path.toString(), "this file leads to " + Jail.whereItLeads(path) + ", outside "
                    + jail.describe() + "; keep the tree's files below it, or convert in UNSAFE mode");
        }
        String text;
        try {
            byte[] bytes = ReadableFile.read(path, SizeLimit.SNIPPET_SOURCE);
            catalog.input(topicKey, path);
            text = Utf8Text.decode(bytes);
        } catch (ReadableFile.Refused e) {
            throw new CatalogException(path.toString(), "this file " + e.getMessage());
        } catch (Utf8Text.Malformed e) {
            throw new CatalogException(path.toString(), e.line(), e.describeInLine()
                    + "; files of a catalog tree are read as UTF-8: save this file as UTF-8");
        }
        String language = FileLanguages.of(file.name().name()).orElse(orm.language());
        return new SnippetFile(file.name().name(), language, withoutFinalLineBreaks(text));
    }

    private static String withoutFinalLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private void warnAboutSkipped(Path root) {
        if (outsideLayout.isEmpty()) {
            return;
        }
        List<String> shown = outsideLayout.stream().map(path -> root.relativize(path).toString()).sorted().limit(LISTED)
                .toList();
        int more = outsideLayout.size() - shown.size();
        catalog.warning(new CatalogWarning(root.toString(), outsideLayout.size() + (outsideLayout.size() == 1 ? " file does" : " files do")
                + " not fit the catalog tree's layout <category>/<topic>/<orm>/<files> and "
                + (outsideLayout.size() == 1 ? "was" : "were") + " skipped: " + String.join(", ", shown)
                + (more > 0 ? " and " + more + " more" : "") + "; move " + (outsideLayout.size() == 1 ? "it" : "them")
                + " into an ORM folder, or out of the tree"));
    }

    /** A folder's entries in tree order, hidden files and READMEs left out. */
    private List<Entry> list(Path folder) throws CatalogException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.startsWith(".") || name.toUpperCase(Locale.ROOT).startsWith("README")) {
                    continue;
                }
                boolean isFolder = Files.isDirectory(path);
                if (isFolder && !jail.allows(path)) {
                    throw new CatalogException(path.toString(), "this folder leads to " + Jail.whereItLeads(path)
                            + ", outside " + jail.describe() + "; keep the tree below it, or convert in UNSAFE mode");
                }
                if (!isFolder && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // gone since it was listed
                }
                entries.add(new Entry(path, NumberedName.of(name), isFolder));
            }
        } catch (IOException e) {
            throw new CatalogException(folder.toString(), "this folder cannot be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")");
        }
        entries.sort((a, b) -> NumberedName.ORDER.compare(a.name(), b.name()));
        return entries;
    }

    private record Entry(Path path, NumberedName name, boolean folder) {
    }
}
