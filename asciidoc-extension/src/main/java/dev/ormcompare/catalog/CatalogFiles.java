package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user catalog directory, read over the built-in catalog: every {@code *.adoc} file directly in it,
 * in name order, a later file replacing what an earlier one (or the built-in one) declared. A
 * directory without catalog files is a catalog tree ({@link CatalogTree}:
 * {@code <category>/<topic>/<orm>/<files>}); a catalog file names a tree with {@code [tree,path=...]},
 * so a team keeps its files and trees in one place, in the order it chooses.
 */
public final class CatalogFiles {

    private CatalogFiles() {
    }

    /** The catalog files of {@code directory}, in the order they are read; empty if it does not exist. */
    public static List<Path> in(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".adoc"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** True when the directory holds a folder other than a hidden one. */
    private static boolean hasFolders(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(entry -> Files.isDirectory(entry) && !entry.getFileName().toString().startsWith("."));
        }
    }

    /**
     * The built-in catalog with the files of {@code directory}, or the tree it is, read over it.
     *
     * @throws CatalogException at the first mistake in a file, naming the file by its path
     */
    public static Catalog load(Path directory) throws IOException, CatalogException {
        return load(directory, Jail.NONE);
    }

    /** As {@link #load(Path)}, refusing snippet source files outside {@code jail}. */
    public static Catalog load(Path directory, Jail jail) throws IOException, CatalogException {
        Catalog.Builder builder = BuiltInCatalog.builder();
        List<Path> files = in(directory);
        if (files.isEmpty() && hasFolders(directory)) {
            CatalogTree.read(directory, builder, jail);
        }
        for (Path file : files) {
            CatalogParser.parse(file, builder, jail);
        }
        return builder.build();
    }
}
