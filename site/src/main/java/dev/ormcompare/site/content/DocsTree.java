package dev.ormcompare.site.content;

import dev.ormcompare.asciidoctor.settings.SourcePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a docs source directory, split the way Asciidoctor users expect: pages (chosen by a
 * {@link PageSelection}) and resources (copied as they are). Partials (a file or folder whose name
 * starts with {@code _}), other AsciiDoc sources, docinfo files and hidden files are neither: pages
 * read them, the site does not publish them. Paths are relative to {@link #root()} and sorted, so
 * every run sees them in the same order.
 */
public record DocsTree(Path root, List<Path> pages, List<Path> resources) {

    /** {@code docinfo.html}, {@code guide-docinfo-footer.html}: read into pages, never published. */
    private static final Pattern DOCINFO = Pattern.compile("(?:.*-)?docinfo(?:-header|-footer)?\\.[A-Za-z0-9]+");

    /** @param skipped files and folders below {@code root} that are not part of the docs (the output, say) */
    public static DocsTree scan(Path root, PageSelection selection, List<Path> skipped) throws IOException {
        List<Path> pages = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        List<Path> skip = skipped.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> relative = files.filter(Files::isRegularFile)
                    .filter(file -> skip.stream().noneMatch(file.toAbsolutePath().normalize()::startsWith))
                    .map(root::relativize).sorted().toList();
            for (Path file : relative) {
                String name = slashed(file);
                if (selection.isPage(name)) {
                    pages.add(file);
                } else if (isPublished(name)) {
                    resources.add(file);
                }
            }
        }
        return new DocsTree(root, List.copyOf(pages), List.copyOf(resources));
    }

    /** Not a page, partial, AsciiDoc source, docinfo or hidden file. */
    private static boolean isPublished(String relativePath) {
        return !SourcePaths.isPartial(relativePath) && !SourcePaths.isHidden(relativePath)
                && !PageSelection.isAsciiDoc(relativePath)
                && !DOCINFO.matcher(relativePath.substring(relativePath.lastIndexOf('/') + 1)).matches();
    }

    /** The same tree without the files named, which turned out not to be pages (a book's chapters). */
    public DocsTree without(Set<String> notPages) {
        return notPages.isEmpty() ? this : new DocsTree(root,
                pages.stream().filter(page -> !notPages.contains(slashed(page))).toList(), resources);
    }

    /** {@code guide/intro.adoc} becomes {@code guide/intro.html}. */
    public static Path htmlPathOf(Path page) {
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return page.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
    }

    public static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
