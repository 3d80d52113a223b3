package dev.ormcompare.site;

import dev.ormcompare.site.RenderState.PageRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
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
     * What a run did: every problem of every page, those at or above {@code failOn}, and how many pages
     * logged a warning or worse.
     */
    public record Outcome(int rendered, int upToDate, List<Problem> problems, List<Problem> failures,
                          int pagesWithProblems) {
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

    /** @param converters {@link PageConverter}s in this JVM, or {@link ForkedConverter}s */
    public SiteRenderer(RenderSettings settings, BuildLog log, ConverterFactory converters) {
        this(settings, log, converters, new SiteFiles());
    }

    SiteRenderer(RenderSettings settings, BuildLog log, ConverterFactory converters, SiteFiles files) {
        this.settings = settings;
        this.log = log;
        this.converters = converters;
        this.files = files;
    }

    public Outcome render() throws IOException {
        files.sweepTemporaries(settings.outputDirectory());
        files.sweepTemporaries(settings.convertedDirectory());
        DocsTree tree = DocsTree.scan(settings.sourceDirectory(), settings.pages(), settings.skipped());
        String shared = sharedFingerprint();
        RenderState previous = previousState();
        FileHashes hashes = new FileHashes();

        Map<String, PageRecord> records = new TreeMap<>();
        Set<String> published = new TreeSet<>();
        List<Path> stale = new ArrayList<>();
        for (Path page : tree.pages()) {
            PageRecord record = shared.equals(previous.shared()) ? previous.page(DocsTree.slashed(page)) : null;
            if (record != null && isConverted(record, convertedFile(page), hashes)) {
                records.put(DocsTree.slashed(page), record);
            } else {
                stale.add(page);
            }
        }
        // Asciidoctor boots (seconds) while the site's other files are published.
        Converter converter = stale.isEmpty() ? null
                : converters.open(settings.documentAttributes(), !settings.look().isSite());
        IOException broken;
        try {
            ConversionRun run = converter == null ? null : startConversion(stale, hashes, converter);
            Map<String, Path> resources = resources(tree);
            Map<String, byte[]> generated = settings.look().isSite() ? ThemeAssets.files() : Map.of();
            published.addAll(resources.keySet());
            published.addAll(generated.keySet());
            if (settings.look().isSite()) {
                published.add(SearchIndex.FILE);
            }
            removeOrphans(previous, tree, published);
            publish(resources, generated);
            broken = run == null ? null : finish(run, stale, records);
        } finally {
            if (converter != null) {
                converters.release(converter);
            }
        }

        List<Problem> siteProblems = new ArrayList<>();
        Composed composed = compose(tree, records, published, siteProblems);
        broken = broken == null ? composed.broken() : broken;
        if (settings.look().isSite() && (composed.written() > 0 || !Files.isRegularFile(searchIndexFile()))) {
            writeSearchIndex(tree);
        }
        new RenderState(shared, records, published).save(settings.stateFile(), files);

        List<Problem> problems = report(tree, records, siteProblems);
        if (broken != null) {
            throw broken;
        }
        List<Problem> failures = problems.stream().filter(problem -> problem.atLeast(settings.failOn())).toList();
        long pagesWithProblems = records.values().stream()
                .filter(record -> record.allProblems().stream().anyMatch(problem -> problem.atLeast(Severity.WARN))).count();
        return new Outcome(stale.size(), tree.pages().size() - stale.size(), problems, failures, (int) pagesWithProblems);
    }

    /** The state of the last run; none, with a warning, when it cannot be read back. */
    private RenderState previousState() {
        try {
            return RenderState.load(settings.stateFile());
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
     * Writes the HTML of every page whose navigation, links or look changed, or whose HTML is not the one
     * last written: from what converting it gave, kept in the build directory, without Asciidoctor.
     * Every page is written even when one cannot be.
     *
     * @return how many pages were written, and the first that could not be, or null
     */
    private Composed compose(DocsTree tree, Map<String, PageRecord> records, Set<String> published, List<Problem> siteProblems)
            throws IOException {
        SortedMap<String, PageHeader> headers = new TreeMap<>();
        records.forEach((page, record) -> headers.put(page, record.header()));
        Navigation navigation = settings.look().isSite() ? navigation(headers, siteProblems) : null;
        String site = settings.look().isSite() ? siteFingerprint(navigation, headers, published) : "stock";
        PageShell shell = settings.look().isSite() ? new PageShell(settings.look(), navigation, headers) : null;
        PageLinks links = new PageLinks(settings.sourceDirectory(), headers, published);
        IOException broken = null;
        int written = 0;
        for (Path page : tree.pages()) {
            String key = DocsTree.slashed(page);
            PageRecord record = records.get(key);
            Path html = htmlFile(page);
            if (record.converted().equals(FileHashes.ABSENT)
                    || site.equals(record.site()) && FileHashes.stamp(html).equals(record.htmlStamp())) {
                continue;
            }
            try {
                ConvertedPage converted = ConvertedPage.fromBytes(Files.readAllBytes(convertedFile(page)));
                byte[] bytes;
                List<Problem> linkProblems = List.of();
                if (shell == null) {
                    bytes = converted.body().getBytes(StandardCharsets.UTF_8);
                } else {
                    PageLinks.Result linked = links.resolve(key, converted.body());
                    linkProblems = linked.problems();
                    bytes = shell.page(key, converted, linked.body()).getBytes(StandardCharsets.UTF_8);
                }
                files.write(html, bytes);
                records.put(key, record.composed(FileHashes.stamp(html), site, linkProblems));
                written++;
            } catch (IOException e) {
                broken = broken == null ? new IOException("cannot write the HTML of " + page + ": " + e.getMessage(), e)
                        : broken;
            } catch (IllegalArgumentException e) {
                // What was kept of its conversion does not read back: converted again next time.
                records.put(key, PageRecord.broken());
                broken = broken == null ? new IOException("the conversion of " + page + " kept in "
                        + settings.convertedDirectory() + " cannot be read back (" + e.getMessage() + "); build again", e)
                        : broken;
            }
        }
        return new Composed(written, broken);
    }

    private record Composed(int written, IOException broken) {
    }

    /** The site's search index from each page's part, kept beside its conversion. */
    private void writeSearchIndex(DocsTree tree) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Path page : tree.pages()) {
            Path part = searchPartFile(page);
            if (!Files.isRegularFile(part) && Files.isRegularFile(convertedFile(page))) {
                try {
                    files.write(part, ConvertedPage.fromBytes(Files.readAllBytes(convertedFile(page))).search());
                } catch (IllegalArgumentException e) {
                    continue; // converted again next time, as compose said
                }
            }
            if (Files.isRegularFile(part)) {
                parts.put(DocsTree.slashed(DocsTree.htmlPathOf(page)), Files.readString(part, StandardCharsets.UTF_8));
            }
        }
        files.write(searchIndexFile(), SearchIndex.script(parts));
    }

    private Path searchIndexFile() {
        return settings.outputDirectory().resolve(SearchIndex.FILE);
    }

    private Path searchPartFile(Path page) {
        return settings.convertedDirectory().resolve(DocsTree.slashed(page) + ".search.json");
    }


    /** From the nav file when there is one, else from the page tree. */
    private Navigation navigation(SortedMap<String, PageHeader> headers, List<Problem> problems) throws IOException {
        Path navFile = settings.sourceDirectory().resolve(NavFile.NAME);
        if (!Files.isRegularFile(navFile)) {
            return Navigation.fromPages(headers);
        }
        return NavFile.read(Files.readString(navFile, StandardCharsets.UTF_8), navFile, headers, problems);
    }

    /** What every page's HTML depends on besides its own conversion: a change writes every page again. */
    private String siteFingerprint(Navigation navigation, Map<String, PageHeader> headers, Set<String> published) {
        Fingerprint fingerprint = new Fingerprint().add(settings.look().describe()).add(navigation.describe());
        headers.forEach((page, header) -> fingerprint.add(page).add(header.title()));
        published.forEach(fingerprint::add);
        return fingerprint.hex();
    }

    /**
     * Starts converting the stale pages, each worker thread with an Asciidoctor of its own, while the
     * caller goes on; {@link #finish} records each page.
     */
    private ConversionRun startConversion(List<Path> pages, FileHashes hashes, Converter converter) {
        ConverterScaling scaling = new ConverterScaling(settings.threads(), Runtime.getRuntime().availableProcessors(),
                pages.size());
        return new ConversionRun(pages, page -> render(converter, page, hashes), scaling).start();
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

    private PageRecord render(Converter converter, Path page, FileHashes hashes) throws IOException {
        PageConverter.Result result = converter.convert(settings.sourceDirectory().resolve(page));
        byte[] converted = result.page().toBytes();
        Path file = convertedFile(page);
        files.write(file, converted);
        if (settings.look().isSite()) {
            files.write(searchPartFile(page), result.page().search());
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

    /** What every page depends on besides the files it read: a change renders every page again. */
    private String sharedFingerprint() {
        return new Fingerprint()
                .add(settings.pluginStamp())
                .add(settings.sourceDirectory().toAbsolutePath().toString())
                .add(settings.outputDirectory().toAbsolutePath().toString())
                .add(settings.documentAttributes().toString())
                .add(settings.look().theme())
                .hex();
    }

    /** Copies each resource, and writes each file of the theme, unless the site has it as it is. */
    private void publish(Map<String, Path> resources, Map<String, byte[]> generated) throws IOException {
        for (Map.Entry<String, Path> resource : resources.entrySet()) {
            Path target = settings.outputDirectory().resolve(resource.getKey());
            if (!SiteFiles.isCopy(resource.getValue(), target)) {
                files.copy(resource.getValue(), target);
            }
        }
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            Path target = settings.outputDirectory().resolve(file.getKey());
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                files.write(target, file.getValue());
            }
        }
    }

    /**
     * The resources to publish, by path in the site. One whose path is a page's HTML is left out with a
     * warning: the page wins, as it would in a clean build.
     */
    private Map<String, Path> resources(DocsTree tree) {
        Set<String> htmlPages = new HashSet<>();
        tree.pages().forEach(page -> htmlPages.add(DocsTree.slashed(DocsTree.htmlPathOf(page))));
        Map<String, Path> resources = new TreeMap<>();
        for (Path resource : tree.resources()) {
            String key = DocsTree.slashed(resource);
            if (htmlPages.contains(key)) {
                log.warn("ormcompare: " + settings.sourceDirectory().resolve(resource) + " is not published: a page of "
                        + "the same name is rendered to " + key + "; rename one of them");
            } else {
                resources.put(key, tree.root().resolve(resource));
            }
        }
        return resources;
    }

    /**
     * Deletes what the last run wrote that this run would not write (the HTML of a deleted page, a
     * deleted resource), and nothing else: other files in the output directory are not ours.
     */
    private void removeOrphans(RenderState previous, DocsTree tree, Set<String> resources) throws IOException {
        Set<String> current = new HashSet<>(resources);
        tree.pages().forEach(page -> current.add(DocsTree.slashed(DocsTree.htmlPathOf(page))));
        Set<String> written = new HashSet<>(previous.resources());
        previous.pages().keySet().forEach(page -> written.add(DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page)))));
        Path root = settings.outputDirectory().toAbsolutePath().normalize();
        for (String file : written) {
            Path target = root.resolve(file).normalize();
            if (!current.contains(file) && target.startsWith(root) && !target.equals(root)) {
                files.delete(target, root);
            }
        }
    }

    private Path convertedFile(Path page) {
        return settings.convertedDirectory().resolve(DocsTree.slashed(page) + ".txt");
    }

    private Path htmlFile(Path page) {
        return settings.outputDirectory().resolve(DocsTree.htmlPathOf(page));
    }
}
