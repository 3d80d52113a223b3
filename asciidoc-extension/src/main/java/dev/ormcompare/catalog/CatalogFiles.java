package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user catalog directory: every {@code *.adoc} file directly in it, read in name order over the
 * built-in catalog, so a later file replaces what an earlier one (or the built-in one) declared.
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

    /**
     * The built-in catalog with the files of {@code directory} read over it.
     *
     * @throws CatalogException at the first mistake in a file, naming the file by its path
     */
    public static Catalog load(Path directory) throws IOException, CatalogException {
        return load(directory, Jail.NONE);
    }

    /** As {@link #load(Path)}, refusing snippet source files outside {@code jail}. */
    public static Catalog load(Path directory, Jail jail) throws IOException, CatalogException {
        Catalog.Builder builder = BuiltInCatalog.builder();
        for (Path file : in(directory)) {
            CatalogParser.parse(file, builder, jail);
        }
        return builder.build();
    }
}
