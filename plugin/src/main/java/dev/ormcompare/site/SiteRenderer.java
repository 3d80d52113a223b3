package dev.ormcompare.site;

import dev.ormcompare.catalog.CatalogException;
import dev.ormcompare.catalog.CatalogFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a docs source directory to HTML, incrementally: a page is rendered again only when it,
 * or something every page shares (settings, plugin, catalog, partials), changed since the last
 * run, and Asciidoctor is not even started when nothing did.
 */
public final class SiteRenderer {

    /** What a run did; {@code failures} are the problems at or above {@code failOn}. */
    public record Outcome(int rendered, int upToDate, List<Problem> failures) {
    }

    /** Opens the converter, which boots Asciidoctor: only done when a page needs rendering. */
    interface ConverterFactory {
        PageConverter open(java.util.Map<String, Object> attributes);
    }

    private final RenderSettings settings;
    private final BuildLog log;
    private final ConverterFactory converters;

    public SiteRenderer(RenderSettings settings, BuildLog log) {
        this(settings, log, PageConverter::new);
    }

    SiteRenderer(RenderSettings settings, BuildLog log, ConverterFactory converters) {
        this.settings = settings;
        this.log = log;
        this.converters = converters;
    }

    public Outcome render() throws IOException {
        DocsTree tree = DocsTree.scan(settings.sourceDirectory());
        copyResources(tree);

        String shared = sharedFingerprint(tree);
        RenderState previous = RenderState.load(settings.stateFile());
        RenderState next = RenderState.empty(shared);
        List<Path> stale = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        int upToDate = 0;
        for (Path page : tree.pages()) {
            String fingerprint = new Fingerprint().addFile(page, tree.root().resolve(page)).hex();
            String key = key(page);
            if (shared.equals(previous.shared()) && fingerprint.equals(previous.page(key))
                    && Files.isRegularFile(htmlFile(page))) {
                next.put(key, fingerprint);
                upToDate++;
            } else {
                stale.add(page);
                fingerprints.add(fingerprint);
            }
        }
        removePagesThatAreGone(previous, tree);

        List<Problem> failures = stale.isEmpty() ? List.of() : convert(tree, stale, fingerprints, next);
        next.save(settings.stateFile());
        return new Outcome(stale.size(), upToDate, failures);
    }

    private List<Problem> convert(DocsTree tree, List<Path> pages, List<String> fingerprints, RenderState next)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threadsFor(pages.size()));
        try (PageConverter converter = converters.open(settings.documentAttributes())) {
            List<Future<PageConverter.Result>> results = new ArrayList<>();
            for (Path page : pages) {
                results.add(pool.submit(() -> {
                    PageConverter.Result result = converter.convert(tree.root().resolve(page));
                    AtomicFiles.write(htmlFile(page), result.html());
                    return result;
                }));
            }
            List<Problem> failures = new ArrayList<>();
            IOException broken = null;
            for (int i = 0; i < pages.size(); i++) {
                List<Problem> problems;
                try {
                    problems = await(results.get(i), pages.get(i)).problems();
                } catch (IOException e) {
                    // The other pages still get written; the first failure is reported once they are.
                    broken = broken == null ? e : broken;
                    continue;
                }
                report(problems);
                List<Problem> failing = problems.stream().filter(p -> p.atLeast(settings.failOn())).toList();
                failures.addAll(failing);
                if (failing.isEmpty()) {
                    next.put(key(pages.get(i)), fingerprints.get(i));
                }
            }
            if (broken != null) {
                next.save(settings.stateFile());
                throw broken;
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PageConverter.Result await(Future<PageConverter.Result> result, Path page) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + page, e);
        } catch (ExecutionException e) {
            // Name the page, keep the cause: a write that failed, or Asciidoctor itself broke (not a
            // mistake it could log).
            Throwable cause = e.getCause();
            throw new IOException((cause instanceof IOException ? "cannot write the HTML of " : "Asciidoctor failed on ")
                    + page + ": " + cause.getMessage(), cause);
        }
    }

    private void report(List<Problem> problems) {
        for (Problem problem : problems) {
            String text = problem.describe(settings.baseDirectory());
            switch (problem.severity()) {
                case ERROR, FATAL -> log.error(text);
                case WARN -> log.warn(text);
                default -> log.info(text);
            }
        }
    }

    /** Settings, plugin, catalog and partials: a change to any of them can change every page. */
    private String sharedFingerprint(DocsTree tree) throws IOException {
        Fingerprint fingerprint = new Fingerprint()
                .add(settings.pluginStamp())
                .add(settings.sourceDirectory().toAbsolutePath().toString())
                .add(settings.outputDirectory().toAbsolutePath().toString())
                .add(settings.documentAttributes().toString());
        for (Path file : catalogInputs()) {
            fingerprint.addFile(file, file);
        }
        for (Path partial : tree.partials()) {
            fingerprint.addFile(partial, tree.root().resolve(partial));
        }
        return fingerprint.hex();
    }

    /** The catalog files and the source files their snippets come from; a change to any re-renders all. */
    private List<Path> catalogInputs() throws IOException {
        try {
            return CatalogFiles.load(settings.catalogDirectory()).inputs();
        } catch (CatalogException e) {
            return CatalogFiles.in(settings.catalogDirectory()); // the pages will report the mistake
        }
    }

    private void copyResources(DocsTree tree) throws IOException {
        for (Path resource : tree.resources()) {
            AtomicFiles.copyIfChanged(tree.root().resolve(resource), settings.outputDirectory().resolve(resource));
        }
    }

    /** Deletes the HTML of pages rendered before whose source is gone, and nothing else. */
    private void removePagesThatAreGone(RenderState previous, DocsTree tree) throws IOException {
        List<String> current = tree.pages().stream().map(SiteRenderer::key).toList();
        for (String page : previous.pageNames()) {
            Path html = htmlFile(Path.of(page)).normalize();
            if (!current.contains(page) && html.startsWith(settings.outputDirectory().normalize())) {
                Files.deleteIfExists(html);
            }
        }
    }

    private Path htmlFile(Path page) {
        return settings.outputDirectory().resolve(DocsTree.htmlPathOf(page));
    }

    private static String key(Path page) {
        return page.toString().replace('\\', '/');
    }
}
