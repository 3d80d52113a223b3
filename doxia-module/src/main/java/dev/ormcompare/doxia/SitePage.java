package dev.ormcompare.doxia;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of the site as the renderer names it (its path from the project's folder, e.g.
 * {@code src/site/asciidoc/guide/apply.adoc}), and the paths messages about it show.
 */
final class SitePage {

    /** The {@code moduleExcludes} patterns that keep files and folders starting with {@code _} out of the site. */
    static final String PARTIALS_EXCLUDES = "**/_*,**/_*/**";

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

    /** True for a partial: a file, or a file in a folder, whose name starts with {@code _} below the pages' folder. */
    boolean isPartial() {
        for (String segment : segmentsBelowPagesFolder()) {
            if (segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private List<String> segmentsBelowPagesFolder() {
        List<String> segments = new ArrayList<>(List.of(path().split("/")));
        int pagesFolder = segments.lastIndexOf(AsciidocParserModule.SOURCE_DIRECTORY);
        return segments.subList(pagesFolder + 1, segments.size());
    }
}
