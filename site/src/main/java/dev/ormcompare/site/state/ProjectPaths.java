package dev.ormcompare.site.state;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths and texts as the render's state keeps them: relative to the project's directory, so that a state
 * restored in another checkout (a build cache, a copied workspace) means there what it meant where it was
 * written. A path the project's directory cannot reach by a relative path (another drive) stays absolute.
 */
public final class ProjectPaths {

    /** Stands for the project's directory in a kept text, e.g. a message naming a missing include. */
    static final String BASE = "${basedir}";

    private final Path base;

    public ProjectPaths(Path baseDirectory) {
        this.base = baseDirectory.toAbsolutePath().normalize();
    }

    /** {@code path} from the project's directory, with {@code /}: {@code src/docs/asciidoc/index.adoc}, {@code ../core/A.java}. */
    public String kept(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return base.relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }

    /** The path a {@link #kept} text stands for here. */
    public Path restored(String kept) throws InvalidPathException {
        return base.resolve(kept).normalize();
    }

    /** {@code text} with the project's directory replaced by {@link #BASE}. */
    public String keptText(String text) {
        return text.replace(base.toString(), BASE);
    }

    /** The text a {@link #keptText} stands for here. */
    public String restoredText(String kept) {
        return kept.replace(BASE, base.toString());
    }
}
