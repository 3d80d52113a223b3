package dev.ormcompare.site.publish;

import dev.ormcompare.site.BuildLog;
import dev.ormcompare.site.state.Fingerprint;
import dev.ormcompare.site.state.RenderState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The render's own record of the files it wrote in the output directory, kept beside the render state:
 * each by its path in the site, with the hash of the bytes written and the file's identity just after
 * (size, time and the file system's key, which a file put there by anyone else does not have). A file
 * is the render's while it still has that identity or those bytes: proof enough wherever the project
 * or the output directory moves, as replacing such a file loses nothing the render did not write. A
 * line is added before each write, so that a build killed part-way still knows what it may have written.
 */
final class OwnedFiles {

    private static final String HEADER = "ormcompare written files 1";
    private static final String NO_IDENTITY = "-";

    /** What the render wrote at a path: the hash of its bytes, and the file's identity or {@link #NO_IDENTITY}. */
    private record Written(String hash, String identity) {
    }

    private final Path file;
    private final SiteFiles files;
    private final Map<String, List<Written>> written = new TreeMap<>();
    /** The file on disk is a record, so lines can be added to it. */
    private boolean started;

    private OwnedFiles(Path file, SiteFiles files) {
        this.file = file;
        this.files = files;
    }

    /**
     * The record kept in {@code file}; empty when there is none, as then nothing in the output directory is
     * known to be the render's. A line that does not read back (a hand edit) proves nothing: it is left out,
     * with a warning.
     */
    static OwnedFiles load(Path file, SiteFiles files, BuildLog log) throws IOException {
        OwnedFiles owned = new OwnedFiles(file, files);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return owned;
        }
        List<String> lines = List.of(text.split("\n", -1));
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            log.warn("ormcompare: " + file + " does not start with '" + HEADER + "': no file in the output directory "
                    + "is known to be the render's");
            return owned;
        }
        owned.started = true;
        // The last element is what follows the last line break: empty, or a line a killed build did not finish.
        for (int i = 1; i < lines.size() - 1; i++) {
            String[] fields = lines.get(i).split(" ", -1);
            try {
                if (fields.length != 4 || !fields[0].equals("file")) {
                    throw new RenderState.Unreadable("not 'file', a path, a hash and an identity");
                }
                owned.written.computeIfAbsent(RenderState.unescape(fields[1], lines.get(i)), path -> new ArrayList<>())
                        .add(new Written(fields[2], fields[3]));
            } catch (RenderState.Unreadable e) {
                log.warn("ormcompare: line " + (i + 1) + " of " + file + " is ignored: " + e.getMessage());
            }
        }
        return owned;
    }

    /** The site paths of the files recorded. */
    Set<String> paths() {
        return Set.copyOf(written.keySet());
    }

    /** True when the record names {@code sitePath}, whatever is there now. */
    boolean names(String sitePath) {
        return written.containsKey(sitePath);
    }

    /**
     * True when {@code target}, the file at {@code sitePath}, is a regular file the render wrote: it has the
     * identity recorded, or else the bytes (then its identity is recorded, so that the next build need
     * not read it).
     */
    boolean proves(String sitePath, Path target) throws IOException {
        List<Written> records = written.get(sitePath);
        BasicFileAttributes attributes = attributes(target);
        if (records == null || attributes == null || !attributes.isRegularFile()) {
            return false;
        }
        String identity = identity(attributes);
        if (!identity.equals(NO_IDENTITY) && records.stream().anyMatch(record -> record.identity().equals(identity))) {
            return true;
        }
        String hash = new Fingerprint().addFile(target).hex();
        if (records.stream().noneMatch(record -> record.hash().equals(hash))) {
            return false;
        }
        if (identity(attributes(target)).equals(identity)) { // not changed while it was read
            written.put(sitePath, new ArrayList<>(List.of(new Written(hash, identity))));
        }
        return true;
    }

    /** Notes, before writing them, that the render is about to write bytes of {@code hash} at {@code sitePath}. */
    void claim(String sitePath, String hash) throws IOException {
        written.computeIfAbsent(sitePath, path -> new ArrayList<>()).add(new Written(hash, NO_IDENTITY));
        if (started) {
            files.append(file, line(sitePath, written.get(sitePath).get(written.get(sitePath).size() - 1)));
        } else {
            save();
        }
    }

    /** Records what the render just wrote at {@code sitePath}, in place of whatever was there before. */
    void wrote(String sitePath, String hash, Path target) throws IOException {
        written.put(sitePath, new ArrayList<>(List.of(new Written(hash, identity(attributes(target))))));
    }

    void forget(String sitePath) {
        written.remove(sitePath);
    }

    /** Writes the record as it is now. */
    void save() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        written.forEach((path, records) -> records.forEach(record -> text.append(line(path, record))));
        files.write(file, text.toString());
        started = true;
    }

    private static String line(String sitePath, Written record) {
        return "file " + RenderState.escape(sitePath) + " " + record.hash() + " " + record.identity() + "\n";
    }

    /** The attributes of {@code target} itself (a link's, not its target's), or null when there is nothing. */
    private static BasicFileAttributes attributes(Path target) throws IOException {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A regular file's size, time and key, or {@link #NO_IDENTITY} for anything else or a file system without keys. */
    private static String identity(BasicFileAttributes attributes) {
        if (attributes == null || !attributes.isRegularFile() || attributes.fileKey() == null) {
            return NO_IDENTITY;
        }
        return RenderState.escape(attributes.size() + "@" + attributes.lastModifiedTime() + "#" + attributes.fileKey());
    }
}
