package dev.ormcompare.site.nav;

import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.PageHeader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the converted files of a docs tree include, as each one's conversion recorded it: which files
 * another file includes (a book's chapters), and which pages a page includes, in include order, through
 * the chapters between them but never through another page (that page's own includes are its own).
 */
public final class IncludeGraph {

    private final Path sourceDirectory;
    private final Map<String, PageHeader> files;
    private final Set<String> included = new HashSet<>();

    /**
     * @param files every converted file (path in the source directory, with {@code /}) and its header
     */
    public IncludeGraph(Path sourceDirectory, Map<String, PageHeader> files) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.files = files;
        files.forEach((file, header) -> header.outline().includes().forEach(include -> {
            String target = key(include.file());
            if (target != null && !target.equals(file)) {
                included.add(target);
            }
        }));
    }

    /** Another converted file includes {@code file}, at any depth. */
    public boolean isIncluded(String file) {
        return included.contains(file);
    }

    /**
     * The pages {@code page} includes, in include order, each once: through the files it includes that
     * are not pages, stopping at each page.
     *
     * @param pages the site's pages
     */
    public List<String> includedPages(String page, Set<String> pages) {
        PageHeader header = files.get(page);
        if (header == null) {
            return List.of();
        }
        Map<Path, List<Path>> directives = new LinkedHashMap<>();
        for (PageHeader.Include include : header.outline().includes()) {
            directives.computeIfAbsent(include.from(), from -> new ArrayList<>()).add(include.file());
        }
        List<String> found = new ArrayList<>();
        walk(sourceDirectory.resolve(page).normalize(), directives, pages, new HashSet<>(), found);
        found.remove(page);
        return found;
    }

    private void walk(Path file, Map<Path, List<Path>> directives, Set<String> pages, Set<Path> seen, List<String> found) {
        for (Path target : directives.getOrDefault(file, List.of())) {
            if (!seen.add(target)) {
                continue;
            }
            String key = key(target);
            if (key != null && pages.contains(key)) {
                found.add(key);
            } else {
                walk(target, directives, pages, seen, found);
            }
        }
    }

    /** The file's path in the source directory, or null when it is outside it. */
    private String key(Path file) {
        return file.startsWith(sourceDirectory) ? DocsTree.slashed(sourceDirectory.relativize(file)) : null;
    }
}
