package dev.ormcompare.bench;

import dev.ormcompare.asciidoctor.Browser;
import dev.ormcompare.site.search.SearchEntries;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * B8: the search index of the B2 site and of B5's large site, its size and the time of a query per
 * keystroke in headless Chromium (opened from disk, as a reader may); and what reading a page's
 * entries from Asciidoctor's tree costs against converting the page, in this JVM.
 */
final class SearchCost {

    /** Typed a key at a time, as a reader would. */
    private static final List<String> QUERIES = List.of("downgrade", "prisma migrate", "makemigrations",
            "alembic upgrade head", "rollback", "knex migrate:latest", "status");

    record IndexSize(int pages, long raw, long gzipped) {
    }

    record Result(List<IndexSize> sizes, int queryPages, Samples keystrokeMillis, String slowestKeystroke,
                  double loadMillis, Samples indexingShare, long scriptsGzipped) {
    }

    private final Config config;
    private final MavenRunner maven;

    SearchCost(Config config, MavenRunner maven) {
        this.config = config;
        this.maven = maven;
    }

    Result run() throws IOException {
        Projects projects = new Projects(config);
        List<IndexSize> sizes = new ArrayList<>();
        Path large = null;
        for (int pages : List.of(config.pages(), config.scalePages())) {
            Projects.Project project = projects.render("search-" + pages, pages);
            Log.step("B8: rendering " + pages + " pages for their search index");
            maven.run(project.directory(), project.name(), true, Map.of(), project.cleanBuild());
            byte[] index = Files.readAllBytes(project.output().resolve("ormcompare-assets/search-index.js"));
            sizes.add(new IndexSize(pages, index.length, gzipped(index)));
            large = project.output();
        }
        byte[] scripts = concat(large.resolve("ormcompare-assets/minisearch.min.js"), large.resolve("ormcompare-assets/search.js"));
        Log.step("B8: queries in headless Chromium on " + config.scalePages() + " pages");
        Samples keystrokes = new Samples();
        StringBuilder slowest = new StringBuilder();
        double load = queries(large.resolve(Projects.pageName(1) + ".html"), keystrokes, slowest);
        Log.step("B8: indexing against converting, " + config.pages() + " pages in this JVM");
        Samples share = indexingShare(projects.render("search-share", config.pages()).directory().resolve("src/docs/asciidoc"));
        return new Result(sizes, config.scalePages(), keystrokes, slowest.toString(), load, share, gzipped(scripts));
    }

    /** Types each query a key at a time; returns how long the first use took to load and index. */
    private static double queries(Path page, Samples keystrokes, StringBuilder slowest) throws IOException {
        // The tests' headless Chromium.
        try (Browser browser = Browser.start()) {
            browser.open(page.toUri().toString());
            double load = ((Number) browser.asyncJs("""
                    var done = arguments[arguments.length - 1], input = document.getElementById('oc-search-input');
                    var start = performance.now();
                    input.focus();
                    (function wait() {
                      if (window.MiniSearch && window.ormcompareSearchIndex && !/Loading/.test(
                          document.querySelector('.oc-search [role=status]').textContent)) {
                        done(performance.now() - start);
                      } else {
                        setTimeout(wait, 5);
                      }
                    })();
                    """)).doubleValue();
            for (int round = 0; round < 3; round++) {
                for (String query : QUERIES) {
                    @SuppressWarnings("unchecked")
                    List<Number> times = (List<Number>) browser.js("""
                            var input = document.getElementById('oc-search-input'), query = arguments[0], times = [];
                            for (var i = 1; i <= query.length; i++) {
                              input.value = query.slice(0, i);
                              var start = performance.now();
                              input.dispatchEvent(new Event('input'));
                              times.push(performance.now() - start);
                            }
                            return times;
                            """, query);
                    if (round > 0) { // the first round warms the JIT
                        for (int i = 0; i < times.size(); i++) {
                            double time = times.get(i).doubleValue();
                            if (keystrokes.count() == 0 || time > keystrokes.max()) {
                                slowest.setLength(0);
                                slowest.append(String.format(java.util.Locale.ROOT, "\"%s\" (%.1f ms)", query.substring(0, i + 1), time));
                            }
                            keystrokes.add(time);
                        }
                    }
                }
            }
            return load;
        }
    }

    /** Per page: the share of reading its search entries in loading, reading and converting it, once warm. */
    private static Samples indexingShare(Path pages) throws IOException {
        Samples share = new Samples();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create(); var files = Files.list(pages)) {
            List<Path> adoc = files.filter(file -> file.toString().endsWith(".adoc")).sorted().toList();
            Attributes attributes = Attributes.builder().build();
            attributes.setAttributes(Map.of("source-highlighter", "rouge", "showtitle", "", "ormcompare-assets", "linked"));
            Options options = Options.builder().safe(SafeMode.UNSAFE).attributes(attributes).build();
            for (int round = 0; round < 3; round++) {
                for (Path page : adoc) {
                    long start = System.nanoTime();
                    Document document = asciidoctor.loadFile(page.toFile(), options);
                    long loaded = System.nanoTime();
                    SearchEntries.of(document);
                    long indexed = System.nanoTime();
                    document.convert();
                    long converted = System.nanoTime();
                    if (round == 2) {
                        share.add((double) (indexed - loaded) / (converted - start));
                    }
                }
            }
        }
        return share;
    }

    private static byte[] concat(Path... files) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path file : files) {
            all.write(Files.readAllBytes(file));
        }
        return all.toByteArray();
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
