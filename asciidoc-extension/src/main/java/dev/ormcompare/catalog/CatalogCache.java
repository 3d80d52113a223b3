package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each catalog directory once and again only when one of its files changes (by name, size or
 * modification time), so a page with hundreds of macros, or a site of hundreds of pages, reads it once.
 * Safe to share between threads converting in parallel.
 */
public final class CatalogCache {

    /** What a load gave: a catalog, or the mistake that stopped it. */
    public record Result(Catalog catalog, CatalogException mistake, boolean fresh) {
        public boolean ok() {
            return catalog != null;
        }
    }

    private record Entry(List<String> stamp, Catalog catalog, CatalogException mistake) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The catalog of {@code directory} over the built-in one. {@link Result#fresh()} is true when this
     * call read the files, so a caller logs a mistake once per change, not once per macro.
     */
    public synchronized Result get(Path directory) throws IOException {
        Path key = directory.toAbsolutePath().normalize();
        List<String> stamp = stamp(key);
        Entry cached = entries.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return new Result(cached.catalog(), cached.mistake(), false);
        }
        Entry loaded;
        try {
            loaded = new Entry(stamp, CatalogFiles.load(key), null);
        } catch (CatalogException e) {
            loaded = new Entry(stamp, null, e);
        }
        entries.put(key, loaded);
        return new Result(loaded.catalog(), loaded.mistake(), true);
    }

    private static List<String> stamp(Path directory) throws IOException {
        List<String> stamp = new ArrayList<>();
        for (Path file : CatalogFiles.in(directory)) {
            stamp.add(file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis());
        }
        return stamp;
    }
}
