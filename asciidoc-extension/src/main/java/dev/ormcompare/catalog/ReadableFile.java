package dev.ormcompare.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes of a file the catalog reads, refused with a reason when it is not a regular file or is
 * larger than a limit, so a directory, a pipe or a huge file never reaches a read that would hang
 * or run out of memory.
 */
final class ReadableFile {

    /** Why a file was not read, and what would be right, phrased to follow the file's name ("does not exist"). */
    static final class Refused extends Exception {
        private final boolean missing;

        Refused(String reason) {
            this(reason, false);
        }

        private Refused(String reason, boolean missing) {
            super(reason);
            this.missing = missing;
        }

        /** True when there is no file at all, which usually means a wrong path. */
        boolean missing() {
            return missing;
        }
    }

    private ReadableFile() {
    }

    /** @param limit the most bytes the file may hold; checked before reading, so a huge file costs nothing */
    static byte[] read(Path file, SizeLimit limit) throws Refused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Refused("does not exist", true);
        } catch (IOException e) {
            throw new Refused("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (attributes.isDirectory()) {
            throw new Refused("is a directory, not a file; name a file");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused("is not a regular file (it is a pipe, socket or device); name a regular file");
        }
        if (attributes.size() > limit.bytes()) {
            throw new Refused("is " + attributes.size() + " bytes, over " + limit.describe() + "; " + limit.fix());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit.bytes() + 1); // it may have grown since its size was read
            if (bytes.length > limit.bytes()) {
                throw new Refused("is over " + limit.describe() + "; " + limit.fix());
            }
            return bytes;
        } catch (IOException e) {
            throw new Refused("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
