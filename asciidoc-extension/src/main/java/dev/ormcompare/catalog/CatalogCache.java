package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** A load, with the files it read: the catalog files and the source files snippets were taken from. */
    private record Entry(List<String> stamp, List<Path> inputs, Catalog catalog, CatalogException mistake) {
    }

    /**
     * How the cache tells that files changed: the directory and every input, each with its size and time
     * (a folder's time changes with its listing). One stamp lists the directory once and looks at each input once.
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

    /** The directory (whose time tells which catalog files and tree folders it holds) and the other inputs. */
    public static List<String> stamp(Path directory, List<Path> inputs) throws IOException {
        List<String> stamp = new ArrayList<>();
        stamp.add(stampOf(directory));
        for (Path input : inputs) {
            stamp.add(stampOf(input));
        }
        return stamp;
    }

    /**
     * A file's size and time, a folder's time, or gone: one look at each path, since a tree's stamp looks at
     * some 1,700 paths for every page. A folder's time changes when a file is added to it, removed or renamed.
     */
    private static String stampOf(Path input) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(input, BasicFileAttributes.class);
            return input + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
        } catch (NoSuchFileException e) {
            return input + "|gone";
        }
    }
}
