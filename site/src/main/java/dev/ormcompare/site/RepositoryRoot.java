package dev.ormcompare.site;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a repository's paths start from: the nearest folder at or above the project holding {@code .git}
 * (a folder, or a file in a worktree or submodule), else the top project's folder, which a build of a whole
 * repository starts from.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path of(Path project, Path topProject) {
        for (Path dir = project.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return (topProject == null ? project : topProject).toAbsolutePath().normalize();
    }

    /** {@code folder}'s path from {@code root} with {@code /}; empty when it is the root or not below it. */
    public static String pathFrom(Path root, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path from = root.toAbsolutePath().normalize();
        return absolute.startsWith(from) ? from.relativize(absolute).toString().replace('\\', '/') : "";
    }
}
