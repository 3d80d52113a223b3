package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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

    /** A load, with the files it read: the catalog files and the source files snippets were taken from. */
    private record Entry(List<String> stamp, List<Path> inputs, Catalog catalog, CatalogException mistake) {
    }

    /**
     * How the cache tells that files changed: the directory's listing and every input, each file with
     * its size and time, each folder with its listing. One stamp lists the directory once and looks at each input once.
     */
    @FunctionalInterface
    public interface Stamps {
        List<String> take(Path directory, List<Path> inputs) throws IOException;
    }

    private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
    private final Stamps stamps;

    public CatalogCache() {
        this(CatalogCache::stamp);
    }

    /** @param stamps how files are looked at; a seam for tests that count the look-ups */
    public CatalogCache(Stamps stamps) {
        this.stamps = stamps;
    }

    /**
     * The catalog of {@code directory} over the built-in one. {@link Result#fresh()} is true when this
     * call read the files, so a caller logs a mistake once per change, not once per macro.
     */
    public synchronized Result get(Path directory) throws IOException {
        return get(directory, Jail.NONE);
    }

    /** As {@link #get(Path)}, refusing source files outside {@code jail}. */
    public synchronized Result get(Path directory, Jail jail) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        List<Object> key = List.of(dir, jail);
        Entry cached = entries.get(key);
        // A broken catalog is read again each time: the fix may be a file it could not even name.
        if (cached != null && cached.mistake() == null && cached.stamp().equals(stamps.take(dir, cached.inputs()))) {
            return new Result(cached.catalog(), null, false);
        }
        Entry loaded;
        try {
            Catalog catalog = CatalogFiles.load(dir, jail);
            loaded = new Entry(stamps.take(dir, catalog.inputs()), catalog.inputs(), catalog, null);
        } catch (CatalogException e) {
            loaded = new Entry(List.of(), List.of(), null, e); // never compared: a broken catalog is read again
        }
        entries.put(key, loaded);
        boolean sameMistakeAsBefore = cached != null && cached.mistake() != null && loaded.mistake() != null
                && cached.mistake().getMessage().equals(loaded.mistake().getMessage());
        return new Result(loaded.catalog(), loaded.mistake(), !sameMistakeAsBefore);
    }

    /**
     * The directory's listing (which catalog files and tree folders it holds) and the other inputs,
     * each with its size and time.
     */
    public static List<String> stamp(Path directory, List<Path> inputs) throws IOException {
        List<String> stamp = new ArrayList<>();
        stamp.add(stampOf(directory));
        for (Path input : inputs) {
            stamp.add(stampOf(input));
        }
        return stamp;
    }

    /** A file's size and time; a folder's listing (its files' own stamps are inputs of their own); or gone. */
    private static String stampOf(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return input + "|" + Files.size(input) + "|" + Files.getLastModifiedTime(input).toMillis();
        }
        if (Files.isDirectory(input)) {
            try (Stream<Path> entries = Files.list(input)) {
                return input + "|" + entries.map(entry -> entry.getFileName().toString()).sorted().toList();
            }
        }
        return input + "|gone";
    }
}
