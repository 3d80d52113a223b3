package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.settings.SourcePaths;

import java.nio.file.Path;
import java.util.List;

/**
 * A page of the site as the renderer names it (its path from the project's folder, e.g.
 * {@code src/site/asciidoc/guide/apply.adoc}), and the paths messages about it show.
 */
final class SitePage {

    /** The folder of the site directory that holds the pages: {@code src/site/asciidoc}. */
    static final String PAGES_FOLDER = "asciidoc";

    /** The {@code moduleExcludes} patterns that keep partials and hidden files out of the site. */
    static final String NOT_PAGES_EXCLUDES = "**/_*,**/_*/**,**/.*,**/.*/**";

    private final Path projectDirectory;
    private final String reference;

    SitePage(Path projectDirectory, String reference) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.reference = reference == null || reference.isBlank() ? "(page)" : reference;
    }

    /** The page's path as the renderer gave it, with forward slashes. */
    String path() {
        return reference.replace('\\', '/');
    }

    /** A file Asciidoctor names (the page or one it includes), from the project's folder when inside it. */
    String display(String file) {
        if (file == null || file.isBlank() || file.startsWith("http://") || file.startsWith("https://")) {
            return file;
        }
        Path path = projectDirectory.resolve(file).normalize();
        return (path.startsWith(projectDirectory) ? projectDirectory.relativize(path) : path).toString().replace('\\', '/');
    }

    /**
     * Why this file is not a page although the site renders it, as the Maven plugin decides (a partial,
     * a hidden file), or null when it is one.
     */
    String notAPage() {
        String belowPagesFolder = belowPagesFolder();
        if (SourcePaths.isPartial(belowPagesFolder)) {
            return "a partial (a name starting with _)";
        }
        return SourcePaths.isHidden(belowPagesFolder) ? "hidden (a name starting with .)" : null;
    }

    private String belowPagesFolder() {
        List<String> names = List.of(path().split("/"));
        int pagesFolder = names.lastIndexOf(PAGES_FOLDER);
        return String.join("/", names.subList(pagesFolder + 1, names.size()));
    }
}
