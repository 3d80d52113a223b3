package dev.ormcompare.site.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Every change a render makes on disk. A file is written whole or not at all (a temporary file
 * beside it, then an atomic move), with the mode an ordinary write gives under the umask, so a web
 * server running as another user can read the site. A temporary file left by a killed build is
 * recognised by its name and swept by the next one.
 */
public class SiteFiles {

    private static final String TEMPORARY_SUFFIX = ".ormcompare-tmp";

    public void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = temporaryFor(file);
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Adds {@code line} at the end of {@code file}: a record that must grow before each write, not after. */
    void append(Path file, String line) throws IOException {
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** True when {@code target} was copied from {@code source} as it is now (same size and time). */
    public static boolean isCopy(Path source, Path target) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == Files.size(source)
                && Files.getLastModifiedTime(target).equals(Files.getLastModifiedTime(source));
    }

    /** Copies {@code source} with its modification time, so that {@link #isCopy} knows it next time. */
    public void copy(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = temporaryFor(target);
        try {
            Files.copy(source, temporary);
            Files.setLastModifiedTime(temporary, Files.getLastModifiedTime(source));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes {@code file}, and the folders up to {@code root} it leaves empty, as a clean build would not have them. */
    public void delete(Path file, Path root) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /** Deletes the temporary files a killed build left below {@code directory}. */
    public void sweepTemporaries(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(directory)) {
            leftovers = files.filter(SiteFiles::isTemporary).toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
    }

    /** A name no other writer uses, also when two builds write the same file at once. */
    protected Path temporaryFor(Path file) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return file.resolveSibling("." + file.getFileName() + "." + random + TEMPORARY_SUFFIX);
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX) && Files.isRegularFile(file);
    }
}
