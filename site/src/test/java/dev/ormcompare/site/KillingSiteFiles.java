package dev.ormcompare.site;

import dev.ormcompare.site.publish.SiteFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Disk writes that stop dead after a number of them, as {@code kill -9} would stop a build: the
 * last write leaves its temporary file half written, and nothing at all reaches the disk after it
 * (no state saved, no clean-up), whatever the renderer tries.
 */
final class KillingSiteFiles extends SiteFiles {

    /** What the killed build sees; nothing catches it. */
    static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    private int writesLeft;
    private boolean killed;

    KillingSiteFiles(int writesBeforeKill) {
        this.writesLeft = writesBeforeKill;
    }

    boolean killed() {
        return killed;
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        if (beforeKill()) {
            super.write(file, content);
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(temporaryFor(file), java.util.Arrays.copyOf(content, content.length / 2));
        throw new Killed();
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        if (!beforeKill()) {
            throw new Killed();
        }
        super.copy(source, target);
    }

    @Override
    public void delete(Path file, Path root) throws IOException {
        if (!beforeKill()) {
            throw new Killed();
        }
        super.delete(file, root);
    }

    private boolean beforeKill() {
        if (killed || writesLeft-- <= 0) {
            killed = true;
            return false;
        }
        return true;
    }
}
