package dev.ormcompare.site.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches folders for files that change, appear or vanish: whole trees (the pages, the catalog), and
 * single folders (those of files a page read from elsewhere). Tells changes in batches: an editor's
 * save is often several events (a temporary file, a rename), and one render should follow it.
 */
final class SourceWatcher implements AutoCloseable {

    /** Folders where a batch stays open for more events; a save takes a few milliseconds. */
    private static final long QUIET_MILLIS = 20;
    /** However busy the folders are, a batch is told after this long. */
    private static final long LONGEST_BATCH_MILLIS = 200;

    private final WatchService service;
    private final Predicate<Path> ignored;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> trees = new HashSet<>();

    /** @param ignored paths whose changes are no source's: the site being written, the render state */
    SourceWatcher(Predicate<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
    }

    /** Watches a folder and every folder below it, those created later included. */
    void watchTree(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder) || ignored.test(folder)) {
            return;
        }
        trees.add(folder);
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (ignored.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                watch(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Watches one folder, not those below it; a folder that does not exist is not watched. */
    void watch(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute) && !ignored.test(absolute) && !folders.containsValue(absolute)) {
            WatchKey key = absolute.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, absolute);
        }
    }

    /**
     * Waits for a change, then for the folders to be quiet, and tells every file that changed meanwhile;
     * a folder whose events were too many to tell is told as the folder.
     *
     * @return the changed paths, or null once the watcher is closed
     */
    Set<Path> next() throws InterruptedException, IOException {
        Set<Path> changed = new TreeSet<>();
        try {
            take(service.take(), changed);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BATCH_MILLIS);
            for (WatchKey key; System.nanoTime() < deadline
                    && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                take(key, changed);
            }
        } catch (ClosedWatchServiceException e) {
            return null;
        }
        return changed;
    }

    private void take(WatchKey key, Set<Path> changed) throws IOException {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && inTree(path)) {
                watchTree(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
    }

    private boolean inTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
