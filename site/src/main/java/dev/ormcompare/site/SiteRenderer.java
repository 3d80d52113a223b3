package dev.ormcompare.site;

import dev.ormcompare.site.publish.OutputGuard;

import dev.ormcompare.site.compose.PageComposer;
import dev.ormcompare.site.compose.SiteWideFiles;
import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.content.SiteClashes;
import dev.ormcompare.site.convert.ConversionRun;
import dev.ormcompare.site.convert.Converter;
import dev.ormcompare.site.convert.ConverterScaling;
import dev.ormcompare.site.convert.ForkedConverter;
import dev.ormcompare.site.convert.PageConverter;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.nav.Chapters;
import dev.ormcompare.site.nav.IncludeGraph;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.site.publish.SitePublisher;
import dev.ormcompare.site.search.SearchIndex;
import dev.ormcompare.site.search.SearchIndexWriter;
import dev.ormcompare.site.state.FileHashes;
import dev.ormcompare.site.state.Fingerprint;
import dev.ormcompare.site.state.ProjectPaths;
import dev.ormcompare.site.state.RenderState;
import dev.ormcompare.site.state.RenderState.PageRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a docs source directory to HTML, incrementally and exactly: a page is rendered again when
 * a file it read (recorded while it was converted: includes at any depth, docinfo, catalog files,
 * snippet sources) changed, appeared or vanished, when the shared settings or the plugin changed,
 * or when its HTML is not the one last written. Up-to-date pages report what they logged when they
 * were rendered, so every build warns and fails as a clean build would. Asciidoctor is not even
 * started when nothing changed.
 */
public final class SiteRenderer {

    /**
     * What a run did: how many pages were converted and how many were up to date, how many chapters of books
     * (files a book includes, converted alone for what they read but not published) were converted, the site
     * paths of the files written (pages' HTML such as {@code guide/index.html}, resources, the theme's files), every problem of every page, those at
     * or above {@code failOn}, how many pages logged a warning or worse, and every file and folder the pages read
     * (includes, docinfo, catalogs, snippet sources), absolute, the pages themselves too.
     */
    public record Outcome(int rendered, int upToDate, int chapters, List<String> written, List<Problem> problems,
                          List<Problem> failures, int pagesWithProblems, Set<Path> inputs) {
    }

    /**
     * Opens the converter, which boots Asciidoctor: only done when a page needs rendering. A caller
     * that renders again and again (a preview, the tests) keeps one open by releasing it later itself.
     */
    public interface ConverterFactory {
        Converter open(Map<String, Object> attributes, boolean standalone);

        default void release(Converter converter) {
            converter.close();
        }
    }

    private final RenderSettings settings;
    private final BuildLog log;
    private final ConverterFactory converters;
    private final SiteFiles files;
    private final OutputGuard output;
    private final SitePublisher publisher;
    private final PageComposer composer;
    private final SearchIndexWriter searchIndex;
    private final ProjectPaths paths;

    /** @param converters {@link PageConverter}s in this JVM, or {@link ForkedConverter}s */
    public SiteRenderer(RenderSettings settings, BuildLog log, ConverterFactory converters) {
        this(settings, log, converters, new SiteFiles());
    }

    SiteRenderer(RenderSettings settings, BuildLog log, ConverterFactory converters, SiteFiles files) {
        this.settings = settings;
        this.log = log;
        this.converters = converters;
        this.files = files;
        this.output = new OutputGuard(settings, files, log);
        this.publisher = new SitePublisher(settings, output);
        this.composer = new PageComposer(settings, output, files);
        this.searchIndex = new SearchIndexWriter(settings, files, output);
        this.paths = new ProjectPaths(settings.baseDirectory());
    }

    /** @throws UnsafeOutput when the output directory is a source folder's, or a file not the render's is in the way */
    public Outcome render() throws IOException {
        output.open();
        files.sweepTemporaries(settings.outputDirectory());
        files.sweepTemporaries(settings.convertedDirectory());
        List<Problem> siteProblems = new ArrayList<>();
        DocsTree tree = SiteClashes.resolve(DocsTree.scan(settings.sourceDirectory(), settings.pages(),
                settings.skipped()), siteProblems);
        String shared = sharedFingerprint();
        RenderState previous = previousState();
        FileHashes hashes = new FileHashes();

        Map<String, PageRecord> records = new TreeMap<>();
        Set<String> published = new TreeSet<>();
        List<Path> stale = new ArrayList<>();
        for (Path page : tree.pages()) {
            PageRecord record = shared.equals(previous.shared()) ? previous.page(DocsTree.slashed(page)) : null;
            if (record != null && isConverted(record, settings.convertedFile(page), hashes)) {
                records.put(DocsTree.slashed(page), record);
            } else {
                stale.add(page);
            }
        }
        Map<String, Path> resources = publisher.resources(tree);
        Map<String, byte[]> generated = settings.look().isSite() ? ThemeAssets.files() : Map.of();
        published.addAll(resources.keySet());
        published.addAll(generated.keySet());
        if (settings.look().isSite()) {
            published.add(SearchIndex.FILE);
        }
        published.addAll(SiteWideFiles.names(settings.look(), tree));
        output.checkWrites(resources, generated, composedFiles(tree));
        // Asciidoctor boots (seconds) while the site's other files are published.
        Converter converter = stale.isEmpty() ? null
                : converters.open(settings.documentAttributes(), !settings.look().isSite());
        IOException broken;
        List<String> written = new ArrayList<>();
        try {
            ConversionRun run = converter == null ? null : startConversion(stale, hashes, converter);
            written.addAll(publisher.publish(resources, generated));
            broken = run == null ? null : finish(run, stale, records);
        } finally {
            if (converter != null) {
                converters.release(converter);
            }
        }
        // Only now is it known which files a book includes as its chapters: the site's pages are the others.
        Set<String> chapters = chapters(records);
        DocsTree site = tree.without(chapters);
        publisher.removeOrphans(previous, site, published);

        PageComposer.Composed composed = composer.compose(site, records, published, siteProblems);
        broken = broken == null ? composed.broken() : broken;
        written.addAll(composed.written());
        if (settings.look().isSite() && (!composed.written().isEmpty() || !Files.isRegularFile(searchIndex.file()))) {
            searchIndex.write(site);
            written.add(SearchIndex.FILE);
        }
        new RenderState(shared, records, published).save(settings.stateFile(), files, paths);
        output.save();

        List<Problem> problems = report(site, records, siteProblems);
        if (broken != null) {
            throw broken;
        }
        List<Problem> failures = problems.stream().filter(problem -> settings.failOn().fails(problem.severity())).toList();
        long pagesWithProblems = site.pages().stream().map(page -> records.get(DocsTree.slashed(page)))
                .filter(record -> record.allProblems().stream().anyMatch(problem -> problem.atLeast(Severity.WARN))).count();
        Set<Path> inputs = new TreeSet<>();
        records.values().forEach(record -> inputs.addAll(record.inputs().keySet()));
        int staleChapters = (int) stale.stream().filter(page -> chapters.contains(DocsTree.slashed(page))).count();
        int rendered = stale.size() - staleChapters;
        return new Outcome(rendered, site.pages().size() - rendered, staleChapters, List.copyOf(written), problems,
                failures, (int) pagesWithProblems, inputs);
    }

    /** The converted files that are a book's chapters, not pages ({@link Chapters}). */
    private Set<String> chapters(Map<String, PageRecord> records) {
        Map<String, PageHeader> headers = new TreeMap<>();
        records.forEach((page, record) -> headers.put(page, record.header()));
        return Chapters.of(headers, new IncludeGraph(settings.sourceDirectory(), headers), settings.pages());
    }

    /** The files composed rather than published: each page's HTML, and the search index of a site. */
    private List<String> composedFiles(DocsTree tree) {
        List<String> composed = new ArrayList<>();
        tree.pages().forEach(page -> composed.add(DocsTree.slashed(DocsTree.htmlPathOf(page))));
        if (settings.look().isSite()) {
            composed.add(SearchIndex.FILE);
        }
        composed.addAll(SiteWideFiles.names(settings.look(), tree));
        return composed;
    }

    /** The state of the last run; none, with a warning, when it cannot be read back. */
    private RenderState previousState() {
        try {
            return RenderState.load(settings.stateFile(), paths);
        } catch (NoSuchFileException e) {
            return RenderState.empty();
        } catch (IOException | RenderState.Unreadable e) {
            log.warn("ormcompare: the state of the last render, " + settings.stateFile() + ", cannot be read ("
                    + e.getMessage() + "); rendering every page");
            return RenderState.empty();
        }
    }

    /** Its inputs are as they were, and what converting it gave is still kept (by its stamp, else its bytes). */
    private boolean isConverted(PageRecord record, Path converted, FileHashes hashes) throws IOException {
        if (record.isVolatile() || !FileHashes.stamp(converted).equals(record.convertedStamp())
                && !hashes.of(converted).equals(record.converted())) {
            return false;
        }
        for (Map.Entry<Path, String> input : record.inputs().entrySet()) {
            if (!hashes.of(input.getKey()).equals(input.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts converting the stale pages, each worker thread with an Asciidoctor of its own, while the
     * caller goes on; {@link #finish} records each page.
     */
    private ConversionRun startConversion(List<Path> pages, FileHashes hashes, Converter converter) {
        ConverterScaling scaling = new ConverterScaling(settings.threads(), Runtime.getRuntime().availableProcessors(),
                pages.size());
        Path source = settings.sourceDirectory();
        return new ConversionRun(pages.stream().map(source::resolve).toList(), converter,
                (page, result) -> record(source.relativize(page), result, hashes), scaling).start();
    }

    /** Records each converted page. Every page is converted even when one breaks; the first break is returned. */
    private IOException finish(ConversionRun run, List<Path> pages, Map<String, PageRecord> records) throws IOException {
        ConversionRun.Done<?>[] results;
        try {
            results = run.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + settings.sourceDirectory(), e);
        }
        IOException broken = null;
        for (int i = 0; i < pages.size(); i++) {
            String key = DocsTree.slashed(pages.get(i));
            Throwable failure = results[i].failure();
            if (failure == null) {
                records.put(key, (PageRecord) results[i].result());
                continue;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            // Kept as volatile, so that it is rendered next time.
            records.put(key, PageRecord.broken());
            // Name the page, keep the cause: a write that failed, or Asciidoctor itself broke (not a
            // mistake it could log).
            broken = broken != null ? broken : new IOException((failure instanceof IOException ? "cannot render "
                    : "Asciidoctor failed on ") + pages.get(i) + ": " + failure.getMessage(), failure);
        }
        return broken;
    }

    private PageRecord record(Path page, PageConverter.Result result, FileHashes hashes) throws IOException {
        // Kept as the state keeps paths, relative to the project: the same bytes in any checkout.
        byte[] converted = result.page().withIncludePaths(path -> Path.of(paths.kept(path))).toBytes();
        Path file = settings.convertedFile(page);
        files.write(file, converted);
        if (settings.look().isSite()) {
            files.write(settings.searchPartFile(page), result.page().search());
            files.write(settings.textPartFile(page), result.page().textOnly().toBytes());
        }
        Map<Path, String> inputs = new TreeMap<>();
        for (Path input : result.inputs().files()) {
            inputs.put(input, hashes.of(input));
        }
        return PageRecord.converted(result.page().header(), new Fingerprint().addBytes(converted).hex(),
                FileHashes.stamp(file), result.inputs().isVolatile(), inputs, result.problems());
    }

    /**
     * Reports what every page logged, rendered now or up to date, in page order. A mistake in a file
     * several pages read (a partial, the catalog) is reported once.
     */
    private List<Problem> report(DocsTree tree, Map<String, PageRecord> records, List<Problem> siteProblems) {
        Set<Problem> distinct = new LinkedHashSet<>(siteProblems);
        for (Path page : tree.pages()) {
            distinct.addAll(records.get(DocsTree.slashed(page)).allProblems());
        }
        for (Problem problem : distinct) {
            String text = problem.describe(settings.baseDirectory());
            switch (problem.severity()) {
                case ERROR, FATAL -> log.error(text);
                case WARN -> log.warn(text);
                default -> log.info(text);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * What every page depends on besides the files it read: a change renders every page again. Folders count
     * from the project's directory, so that moving the project (another checkout, a restored state) is no change.
     */
    private String sharedFingerprint() {
        return new Fingerprint()
                .add(settings.pluginStamp())
                .add(paths.kept(settings.sourceDirectory()))
                .add(paths.kept(settings.outputDirectory()))
                .add(paths.keptText(settings.documentAttributes().toString()))
                .add(settings.look().theme())
                .hex();
    }
}
