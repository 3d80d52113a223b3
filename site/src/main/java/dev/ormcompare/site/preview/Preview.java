package dev.ormcompare.site.preview;

import dev.ormcompare.site.BuildLog;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteRenderer;
import dev.ormcompare.site.convert.KeptConverters;
import dev.ormcompare.site.state.ProjectPaths;
import dev.ormcompare.site.state.RenderState;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A live preview: renders the site, serves it, and on every change to a file the site depends on
 * (a page, a partial, anything a page read, the catalog, a resource, the nav file) renders again,
 * incrementally, with Asciidoctor kept warm for the whole session; the pages a render wrote reload
 * in the browser, and what is wrong shows on every page. The output is what a build leaves: a
 * {@code render} after the preview has nothing to do.
 */
public final class Preview implements AutoCloseable {

    private final RenderSettings settings;
    private final BuildLog log;
    private final InetSocketAddress address;
    private final KeptConverters converters;
    private final boolean ownsConverters;
    private final NewMessagesLog renderLog;
    private final PreviewEvents events = new PreviewEvents();
    private final Object rendering = new Object();
    /** Held while the server, watcher and loop are set up or closed, so that a close never misses one. */
    private final Object lifecycle = new Object();
    private final AtomicBoolean closing = new AtomicBoolean();
    private PreviewServer server;
    private SourceWatcher watcher;
    private volatile Thread loop;

    /** @param address where to listen; port 0 takes any free port */
    public Preview(RenderSettings settings, BuildLog log, InetSocketAddress address) {
        this(settings, log, address, new KeptConverters(), true);
    }

    /** With converters the caller keeps open, and closes, itself. */
    Preview(RenderSettings settings, BuildLog log, InetSocketAddress address, KeptConverters converters) {
        this(settings, log, address, converters, false);
    }

    private Preview(RenderSettings settings, BuildLog log, InetSocketAddress address, KeptConverters converters,
                    boolean ownsConverters) {
        this.settings = settings;
        this.log = log;
        this.address = address;
        this.converters = converters;
        this.ownsConverters = ownsConverters;
        this.renderLog = new NewMessagesLog(log);
    }

    /** A port another program holds. */
    public static final class PortInUse extends IOException {
        PortInUse(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Listens (before the first render, so that a port in use fails at once), renders the site, and
     * starts watching; returns at once after that. Closed meanwhile (Ctrl+C during the first render),
     * it starts nothing more.
     *
     * @return the site's address, e.g. {@code http://127.0.0.1:8000/}; null when closed before it listened
     */
    public URI start() throws IOException {
        synchronized (lifecycle) {
            if (closing.get()) {
                return null;
            }
            try {
                server = new PreviewServer(address, settings.outputDirectory(), events);
            } catch (HttpListener.PortInUse e) {
                throw new PortInUse(e);
            }
            watcher = new SourceWatcher(this::ignored);
        }
        render(Set.of());
        synchronized (lifecycle) {
            if (!closing.get()) {
                watchSources();
                loop = new Thread(this::watchLoop, "ormcompare-preview");
                loop.start();
                Thread warmUp = new Thread(this::warmUp, "ormcompare-preview-warm-up");
                warmUp.setDaemon(true);
                warmUp.start();
            }
        }
        return server.address();
    }

    /** Blocks until the preview is closed; at once if it never started watching. */
    public void awaitStop() throws InterruptedException {
        Thread watching = loop;
        if (watching != null) {
            watching.join();
        }
    }

    /**
     * Boots Asciidoctor while the writer reads, if the first render had nothing to convert: the first
     * save then renders as fast as the next. A save meanwhile waits for it rather than boot another.
     */
    private void warmUp() {
        synchronized (rendering) {
            if (!closing.get()) {
                converters.open(settings.documentAttributes(), !settings.look().isSite()).warmUp();
            }
        }
    }

    /** Renders again after each batch of changes, until closed. */
    private void watchLoop() {
        try {
            for (Set<Path> changed = watcher.next(); changed != null && !closing.get(); changed = watcher.next()) {
                if (!changed.isEmpty()) {
                    render(changed);
                    watchSources();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("ormcompare: the preview stopped watching " + settings.sourceDirectory() + ": " + e.getMessage());
        }
    }

    /** One render; what it wrote reloads, what is wrong is shown. A render that breaks is shown too, and the preview goes on. */
    private void render(Set<Path> changed) {
        synchronized (rendering) {
            if (closing.get()) {
                return; // the converters may be closed already: no render boots them again
            }
            long start = System.nanoTime();
            try {
                SiteRenderer.Outcome outcome = renderLog.during(() -> new SiteRenderer(settings, renderLog, converters).render());
                events.problems(PreviewJson.problems(outcome.problems().stream()
                        .filter(problem -> problem.atLeast(Severity.WARN)).toList(), settings.baseDirectory()));
                if (!outcome.written().isEmpty()) {
                    events.written(outcome.written());
                }
                log.info(String.format(Locale.ROOT, "ormcompare: %s%d rendered%s, %d up to date, %d files written, in %.2f s",
                        describe(changed), outcome.rendered(),
                        outcome.chapters() == 0 ? "" : " (with " + outcome.chapters() + " files of books)",
                        outcome.upToDate(), outcome.written().size(),
                        (System.nanoTime() - start) / 1e9));
            } catch (IOException | RuntimeException e) {
                log.error("ormcompare: cannot render " + settings.sourceDirectory() + ": " + e.getMessage());
                events.problems(PreviewJson.problems(List.of(new Problem(Severity.ERROR, settings.sourceDirectory(), 0,
                        "cannot render: " + e.getMessage())), settings.baseDirectory()));
            }
        }
    }

    private String describe(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        Path base = settings.baseDirectory();
        return changed.stream().limit(3).map(path -> path.startsWith(base) ? base.relativize(path) : path)
                .map(Path::toString).collect(Collectors.joining(", "))
                + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "") + " changed: ";
    }

    /** The pages' tree, the catalog's, and the folder of every file a page read. */
    private void watchSources() {
        try {
            watcher.watchTree(settings.sourceDirectory());
            watcher.watchTree(settings.catalogDirectory());
            Set<Path> folders = new TreeSet<>();
            RenderState.load(settings.stateFile(), new ProjectPaths(settings.baseDirectory())).pages().values()
                    .forEach(record -> record.inputs().keySet().forEach(input -> folders.add(input.toAbsolutePath().getParent())));
            for (Path folder : folders) {
                watcher.watch(folder);
            }
        } catch (IOException | RenderState.Unreadable e) {
            log.warn("ormcompare: the preview cannot watch every file the pages read (" + e.getMessage()
                    + "); saving a page renders it again");
        }
    }

    /** What the render itself writes: the site, the state, the kept conversions. */
    private boolean ignored(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(settings.outputDirectory().toAbsolutePath().normalize())
                || absolute.startsWith(settings.stateFile().toAbsolutePath().normalize().getParent());
    }

    /** Stops watching, lets a render under way finish (so the site is as a build leaves it), stops serving. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        synchronized (lifecycle) {
            try {
                if (watcher != null) {
                    watcher.close();
                }
            } catch (IOException e) {
                // the watcher is going either way
            }
        }
        synchronized (rendering) {
            if (server != null) {
                server.close();
            }
            if (ownsConverters) {
                converters.close();
            }
        }
    }
}
