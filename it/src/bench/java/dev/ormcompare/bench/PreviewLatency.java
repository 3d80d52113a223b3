package dev.ormcompare.bench;

import dev.ormcompare.site.preview.EventStream;
import dev.ormcompare.site.preview.EventStream.Event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * B9: the live preview's turnaround. {@code mvn ormcompare:serve} on a site of {@value #PAGES} pages
 * of the B2 kind, {@value #INCLUDING} of which include one partial; after its first render, edits
 * saved one at a time, alternately to a page and to the partial, each timed from just before the
 * write to the reload event naming the pages it changed, as an open page's event stream receives it.
 */
final class PreviewLatency {

    static final int PAGES = 100;
    static final int INCLUDING = 20;
    /** Edits of each kind before those measured: the first renders after the first one load code the later ones reuse. */
    static final int WARM_UP = 3;
    /** Between a render's end and the next save, so that renders never overlap, as with a writer typing. */
    static final long PAUSE_MILLIS = 300;

    /** How long to wait for the preview before giving up; the first render of the site takes the longest. */
    private static final Duration FIRST_RENDER_PATIENCE = Duration.ofMinutes(10);
    private static final Duration EDIT_PATIENCE = Duration.ofSeconds(120);

    private static final Pattern URL = Pattern.compile("ormcompare: previewing .* at (http://\\S+) \\(Ctrl\\+C stops\\)");
    /** "ormcompare: 100 rendered, 0 up to date, 130 files written, in 31.20 s": the first render, nothing changed yet. */
    private static final Pattern FIRST_RENDER = Pattern.compile("ormcompare: (\\d+) rendered(?: \\([^)]*\\))?, \\d+ up to date, \\d+ files written, in ([0-9.]+) s");
    /** "ormcompare: src/docs/asciidoc/page-0042.adoc changed: 1 rendered, 99 up to date, 2 files written, in 0.12 s" */
    private static final Pattern RENDER = Pattern.compile("ormcompare: .* changed: (\\d+) rendered(?: \\([^)]*\\))?, \\d+ up to date, (\\d+) files written, in ([0-9.]+) s");

    /**
     * One kind of edit, measured.
     *
     * @param millis        from just before the save to the reload event, per edit
     * @param rendered      pages the preview rendered again, per edit (its log line)
     * @param renderSeconds the render's own time, per edit (its log line): the rest is noticing the save and telling the page
     */
    record Edits(Samples millis, Samples rendered, Samples renderSeconds) {
        Edits() {
            this(new Samples(), new Samples(), new Samples());
        }
    }

    record Result(int pages, int including, double firstRenderSeconds, Edits page, Edits partial) {
    }

    private final Config config;
    private final MavenRunner maven;

    PreviewLatency(Config config, MavenRunner maven) {
        this.config = config;
        this.maven = maven;
    }

    Result run() throws IOException {
        Projects.Project project = new Projects(config).renderWithPartial("serve", PAGES, INCLUDING);
        Path sources = Projects.renderSources(project);
        // Downloads allowed: nothing is timed before the first render has ended.
        Log.step("B9: mvn ormcompare:serve on " + PAGES + " pages, waiting for its first render");
        MavenRunner.Started started = maven.start(project.directory(), "serve", false, "ormcompare:serve",
                "-Dormcompare.port=0");
        try (Output output = new Output(started)) {
            // The first render's line, then the address: the preview serves once the site is there.
            double firstRender = Double.parseDouble(output.await(FIRST_RENDER, FIRST_RENDER_PATIENCE).group(2));
            URI site = URI.create(output.await(URL, EDIT_PATIENCE).group(1));
            try (EventStream events = EventStream.open(HttpClient.newHttpClient(), site, null)) {
                await(events, "problems", data -> true); // told on connecting: the stream is open
                return edits(events, output, sources, firstRender);
            }
        }
    }

    /** The edits, timed, once the preview has rendered the site and the event stream is open. */
    private Result edits(EventStream events, Output output, Path sources, double firstRender) throws IOException {
        Edits page = new Edits();
        Edits partial = new Edits();
        List<String> including = IntStream.rangeClosed(1, INCLUDING).mapToObj(Projects::pageName).toList();
        // The pages without the partial take turns, as a writer moves from page to page; each edit adds a line.
        List<String> alone = IntStream.rangeClosed(INCLUDING + 1, PAGES).mapToObj(Projects::pageName).toList();
        Path sharedPartial = sources.resolve(Projects.SHARED_PARTIAL);
        String partialText = Files.readString(sharedPartial);
        int edits = WARM_UP + config.serveEdits();
        Log.step("B9: " + WARM_UP + " + " + config.serveEdits() + " edits of a page and of the partial, alternately");
        for (int i = 0; i < edits; i++) {
            Edits measured = i < WARM_UP ? new Edits() : page;
            String name = alone.get(i % alone.size());
            Path file = sources.resolve(name + ".adoc");
            edit(file, Files.readString(file) + "\nSaved edit " + (i + 1) + ".\n", List.of(name), output, events, measured);

            measured = i < WARM_UP ? new Edits() : partial;
            edit(sharedPartial, partialText + "\nShared note, edit " + (i + 1) + ".\n", including, output, events, measured);
        }
        return new Result(PAGES, INCLUDING, firstRender, page, partial);
    }

    /** Saves the file, waits for the reload event naming every page in {@code pages}, and for the render's log line. */
    private static void edit(Path file, String text, List<String> pages, Output output, EventStream events, Edits edits)
            throws IOException {
        settle(output, events);
        long start = System.nanoTime();
        Files.writeString(file, text);
        Event reload = await(events, "reload", data -> pages.stream().allMatch(name -> data.contains("\"" + name + ".html\"")));
        edits.millis().add((reload.nanos() - start) / 1e6);
        Matcher render = output.await(RENDER, EDIT_PATIENCE);
        edits.rendered().add(Integer.parseInt(render.group(1)));
        edits.renderSeconds().add(Double.parseDouble(render.group(3)));
    }

    /** Lets a render that a save may still cause end, then forgets what was told before the next save. */
    private static void settle(Output output, EventStream events) {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        output.lines.clear();
        events.clear();
    }

    /** The first event not yet taken with that name whose data passes; those before it are dropped. */
    private static Event await(EventStream events, String name, Predicate<String> data) throws IOException {
        try {
            Event event = events.next(name, data, EDIT_PATIENCE);
            if (event != null) {
                return event;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("no '" + name + "' event as expected from the preview within " + EDIT_PATIENCE);
    }

    /** The running Maven: its output, copied to its log as it comes and kept line by line until read; closing stops it. */
    private static final class Output implements AutoCloseable {

        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Process process;
        private final Path log;
        private final Thread reader;

        Output(MavenRunner.Started started) {
            this.process = started.process();
            this.log = started.log();
            this.reader = new Thread(() -> copy(started), "bench-serve-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void copy(MavenRunner.Started started) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.process().getInputStream(),
                    StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log)) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("bench: cannot read Maven's output: " + e.getMessage());
            }
        }

        /** The first line still unread that matches; lines before it are dropped. */
        Matcher await(Pattern pattern, Duration patience) throws IOException {
            long deadline = System.nanoTime() + patience.toNanos();
            try {
                for (String line; (line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                    Matcher matcher = pattern.matcher(line);
                    if (matcher.find()) {
                        return matcher;
                    }
                    if (line.contains("BUILD FAILURE")) {
                        throw new IOException("ormcompare:serve failed; see " + log);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("no line matching " + pattern + " from ormcompare:serve within " + patience + "; see " + log);
        }

        /** As Ctrl+C stops it (SIGTERM): the render under way ends, the preview stops serving, Maven exits. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    Log.step("B9: the preview did not stop within a minute of SIGTERM; killing it");
                    process.destroyForcibly().waitFor();
                }
                reader.join(TimeUnit.SECONDS.toMillis(10)); // the log gets Maven's last lines
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
