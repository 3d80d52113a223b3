package dev.ormcompare.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a docs source directory, split the way Asciidoctor users expect: pages
 * ({@code .adoc} files), partials (anything whose name, or whose folder's name, starts with
 * {@code _}; included, never rendered) and resources (everything else, copied as is).
 * Paths are relative to {@link #root()} and sorted, so every run sees them in the same order.
 */
public record DocsTree(Path root, List<Path> pages, List<Path> partials, List<Path> resources) {

    public static DocsTree scan(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        List<Path> partials = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).map(root::relativize).sorted().toList()) {
                if (isPartial(file)) {
                    partials.add(file);
                } else if (file.getFileName().toString().endsWith(".adoc")) {
                    pages.add(file);
                } else {
                    resources.add(file);
                }
            }
        }
        return new DocsTree(root, List.copyOf(pages), List.copyOf(partials), List.copyOf(resources));
    }

    private static boolean isPartial(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** {@code guide/intro.adoc} becomes {@code guide/intro.html}. */
    static Path htmlPathOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".adoc".length()) + ".html");
    }
}
