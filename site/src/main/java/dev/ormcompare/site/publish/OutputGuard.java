package dev.ormcompare.site.publish;

import dev.ormcompare.site.BuildLog;
import dev.ormcompare.site.OutputPlacement;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.UnsafeOutput;
import dev.ormcompare.site.state.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change a render makes in the output directory, made only where nothing of anyone else's can be
 * lost. A file is written where there is none, where the render can prove it wrote the one there
 * ({@link OwnedFiles}), or where the one there already holds the bytes to write; a file is deleted only
 * when the render can prove it wrote it. Never through a symbolic link, which could lead anywhere, and
 * never outside the output directory, which is itself refused in or around a source folder.
 */
public final class OutputGuard {

    /** Whether a file already holds what would be written there. */
    private interface Content {
        boolean isIn(Path file) throws IOException;
    }

    private interface Write {
        void to(Path target) throws IOException;
    }

    private final RenderSettings settings;
    private final SiteFiles files;
    private final BuildLog log;
    private final Path root;
    private OwnedFiles owned;

    public OutputGuard(RenderSettings settings, SiteFiles files, BuildLog log) {
        this.settings = settings;
        this.files = files;
        this.log = log;
        this.root = settings.outputDirectory().toAbsolutePath().normalize();
    }

    /** Refuses an output directory in or around a source folder, then reads what the renders there wrote. */
    public void open() throws IOException {
        String misplaced = OutputPlacement.problem(settings).orElse(null);
        if (misplaced != null) {
            throw new UnsafeOutput(misplaced + "; set outputDirectory to a folder of its own, outside the sources, "
                    + "such as target/site");
        }
        owned = OwnedFiles.load(settings.writtenFiles(), files, log);
    }

    /**
     * Refuses, naming each file and why, when files the render is to write are in the way; run before
     * anything is written. The HTML of pages and the search index are checked without their bytes,
     * known only once composed; except in a site this render made ({@link #isOwnSite}), such as one a
     * build cache restored without the render's record: there each is checked by its bytes when written.
     */
    public void checkWrites(Map<String, Path> copies, Map<String, byte[]> generated, Collection<String> composed)
            throws IOException {
        List<String> obstacles = new ArrayList<>();
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            addObstacle(obstacles, obstacle(copy.getKey(), copyOf(copy.getValue())));
        }
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            addObstacle(obstacles, obstacle(file.getKey(), bytes(file.getValue())));
        }
        Boolean ownSite = null; // looked at only when a page is in the way
        int unrecorded = 0;
        for (String file : composed) {
            String obstacle = obstacle(file, null);
            if (obstacle != null && ownSite == null) {
                ownSite = isOwnSite(generated);
            }
            if (obstacle != null && ownSite && obstacle(file, null, true) == null) {
                unrecorded++;
            } else {
                addObstacle(obstacles, obstacle);
            }
        }
        if (!obstacles.isEmpty()) {
            throw inTheWay(obstacles);
        }
        if (unrecorded > 0) {
            log.info("ormcompare: " + unrecorded + " files of the site in " + root + " are not in the render's record of "
                    + "what it wrote (a site restored from a build cache?): each is replaced only if it holds the "
                    + "bytes the render writes");
        }
    }

    /**
     * True when the output directory holds every file of this render's theme as it would write them: a site
     * this plugin made, its pages safe to compare by their bytes. Only a site has a theme.
     */
    private boolean isOwnSite(Map<String, byte[]> generated) throws IOException {
        if (generated.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            Path target = root.resolve(file.getKey()).normalize();
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !bytes(file.getValue()).isIn(target)) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code content} at {@code sitePath}, unless a file the render cannot prove it wrote is in the way. */
    public void write(String sitePath, byte[] content) throws IOException {
        replace(sitePath, bytes(content), new Fingerprint().addBytes(content).hex(),
                target -> files.write(target, content));
    }

    /** Copies {@code source} to {@code sitePath}, unless a file the render cannot prove it wrote is in the way. */
    void copy(Path source, String sitePath) throws IOException {
        replace(sitePath, copyOf(source), new Fingerprint().addFile(source).hex(), target -> files.copy(source, target));
    }

    /**
     * Deletes the file at {@code sitePath} when the render can prove it wrote it; else leaves it, with a
     * warning that says why. Either way the record forgets it.
     */
    void delete(String sitePath) throws IOException {
        Path target = root.resolve(sitePath).normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            String obstacle = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target + " is a folder"
                    : obstacle(sitePath, null);
            if (obstacle == null) {
                files.delete(target, root);
            } else {
                log.warn("ormcompare: " + target + " is left as it is: the render deletes only files it can prove it "
                        + "wrote, and " + obstacle + "; delete it yourself if it is not needed");
            }
        }
        owned.forget(sitePath);
    }

    /** The site paths of the files the record says the render wrote. */
    Set<String> owned() {
        return owned.paths();
    }

    public void save() throws IOException {
        owned.save();
    }

    /** Puts bytes of {@code hash} at {@code sitePath} with {@code write}, noted in the record before and after. */
    private void replace(String sitePath, Content content, String hash, Write write) throws IOException {
        String obstacle = obstacle(sitePath, content);
        if (obstacle != null) {
            throw inTheWay(List.of(obstacle));
        }
        Path target = root.resolve(sitePath);
        owned.claim(sitePath, hash);
        write.to(target);
        owned.wrote(sitePath, hash, target);
    }

    /**
     * Why the render may not replace or delete what is at {@code sitePath}, or null when it may: nothing is
     * there, a folder is (writing then fails, and loses nothing), the render wrote the file, or it holds
     * {@code content}.
     */
    private String obstacle(String sitePath, Content content) throws IOException {
        return obstacle(sitePath, content, false);
    }

    /** As {@link #obstacle(String, Content)}; with {@code unrecordedAllowed} a file the record does not name is none. */
    private String obstacle(String sitePath, Content content, boolean unrecordedAllowed) throws IOException {
        Path target = root.resolve(sitePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            return target + " is outside the output directory " + root;
        }
        Path relative = root.relativize(target);
        Path folder = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            folder = folder.resolve(relative.getName(i));
            if (Files.isSymbolicLink(folder)) {
                return folder + " is a symbolic link (to " + Files.readSymbolicLink(folder) + "): the render never "
                        + "writes through one, so that it cannot change files outside the output directory";
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return null; // nothing below it to lose; a file there makes the write fail
            }
        }
        if (Files.isSymbolicLink(target)) {
            return target + " is a symbolic link (to " + Files.readSymbolicLink(target) + ")";
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                || owned.proves(sitePath, target)
                || content != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && content.isIn(target)) {
            return null;
        }
        if (owned.names(sitePath)) {
            return target + " changed since the render wrote it";
        }
        return unrecordedAllowed ? null : target + " was not written by the render (its record of what it wrote, "
                + settings.writtenFiles() + ", does not name it)";
    }

    private static void addObstacle(List<String> obstacles, String obstacle) {
        if (obstacle != null && !obstacles.contains(obstacle)) {
            obstacles.add(obstacle);
        }
    }

    private static UnsafeOutput inTheWay(List<String> obstacles) {
        StringBuilder message = new StringBuilder(obstacles.size() == 1 ? "a file the render would write is"
                : obstacles.size() + " files the render would write are")
                .append(" in the way, and it overwrites only files it can prove it wrote:");
        obstacles.forEach(obstacle -> message.append("\n  ").append(obstacle));
        return new UnsafeOutput(message.append("\nMove or delete ").append(obstacles.size() == 1 ? "it" : "them")
                .append(" (a symbolic link: replace it with a folder), or set outputDirectory to a folder of its own")
                .toString());
    }

    private static Content bytes(byte[] content) {
        return file -> Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
    }

    private static Content copyOf(Path source) {
        return file -> Files.mismatch(file, source) == -1L;
    }
}
