package dev.ormcompare.site.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The state of each input a page read, as one short string: the hash of a file's bytes, of a folder's
 * listing (a catalog directory, a folder of a catalog tree), or {@link #ABSENT}. Each path is looked at once per build, however many pages
 * read it. Safe to share between threads.
 */
public final class FileHashes {

    public static final String ABSENT = "absent";

    private final Map<Path, String> hashes = new ConcurrentHashMap<>();

    public String of(Path path) throws IOException {
        String known = hashes.get(path);
        if (known != null) {
            return known;
        }
        String hash = compute(path);
        hashes.put(path, hash);
        return hash;
    }

    /**
     * A file's size and modification time: a file the plugin wrote still has the stamp it had then,
     * unless something wrote it since. Cheaper than hashing the whole site on every build.
     */
    public static String stamp(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.size(file) + "@" + Files.getLastModifiedTime(file) : ABSENT;
    }

    private static String compute(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return new Fingerprint().addBytes(Files.readAllBytes(path)).hex();
        }
        if (Files.isDirectory(path)) {
            // A catalog directory or a folder of a catalog tree: what matters is which files and folders it
            // holds. Hidden ones (an editor's swap file) are no part of a catalog.
            Fingerprint listing = new Fingerprint();
            try (Stream<Path> entries = Files.list(path)) {
                entries.map(entry -> entry.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted()
                        .forEach(listing::add);
            }
            return "dir:" + listing.hex();
        }
        return ABSENT;
    }
}
