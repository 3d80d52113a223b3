package dev.ormcompare.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results as an AsciiDoc partial for the docs' Benchmarks page: a summary table
 * with ratios and targets, the machine, and each measurement's spread. Also printed as it is.
 */
final class Report {

    /** One row of the summary table. */
    private record Row(String measure, String ours, String baseline, String ratio, String target, Boolean met) {
    }

    private final Config config;
    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder details = new StringBuilder();
    private Machine machine;
    private String loadAfter = "";
    private String minutes = "";

    Report(Config config) {
        this.config = config;
    }

    void machine(Machine machine) {
        this.machine = machine;
    }

    void finished(String loadAfter, double minutes) {
        this.loadAfter = loadAfter;
        this.minutes = String.format(Locale.ROOT, "%.1f", minutes);
    }

    void macroCost(MacroCost.Result result) {
        MacroCost.Timing timing = result.timing();
        double ratio = timing.macro().median() / timing.hand().median();
        double cpuRatio = timing.macroCpu().median() / timing.handCpu().median();
        rows.add(new Row("B1 macro cost: a page of " + timing.blocks() + " comparisons, one warm Asciidoctor (wall clock)",
                ms(timing.macro().median()), ms(timing.hand().median()) + " (the same page by hand)", ratio(ratio),
                "≤ 1.10x", ratio <= 1.10));
        rows.add(new Row("B1 the same, the converting thread's CPU time", ms(timing.macroCpu().median()),
                ms(timing.handCpu().median()), ratio(cpuRatio), "≤ 1.10x", cpuRatio <= 1.10));
        MacroCost.Weight weight = result.weight();
        rows.add(new Row("B4 page weight: the tabs' CSS + JS, once per page", kb(weight.assetsGzipped()) + " gzipped, "
                + kb(weight.assetsRaw()) + " raw", "", "", "", null));
        rows.add(new Row("B4 HTML per comparison", String.format(Locale.ROOT, "%,.0f bytes", weight.macroBytesPerBlock()),
                String.format(Locale.ROOT, "%,.0f bytes (listings by hand)", weight.handBytesPerBlock()),
                ratio(weight.macroBytesPerBlock() / weight.handBytesPerBlock()), "", null));

        details.append("=== B1: macro cost\n\n")
                .append("One Asciidoctor (AsciidoctorJ, the extension found through its SPI) in the benchmark's JVM converts a page of ")
                .append(timing.blocks()).append(" `ormcompare::` blocks (").append(timing.listings())
                .append(" snippets, two to four ORMs each, with a section and a sentence of prose around each block) and the same page ")
                .append("written by hand: each ORM's note and snippet as a `[source,lang]` listing titled with its name. ")
                .append("Both to standalone HTML, safe mode UNSAFE, no source highlighter (the macro's share of the time is largest without one). ")
                .append(config.macroWarmup()).append(" conversions of each page to warm up, then ")
                .append(config.macroIterations()).append(" of each, alternating which goes first.\n\n")
                .append("Wall-clock time is what the target is about; the converting thread's CPU time leaves out the time ")
                .append("other processes had the core, so it is the steadier of the two on a shared machine.\n\n")
                .append("[cols=\"3,2,2\"]\n|===\n| Page | Wall clock per conversion, median (min–max) | CPU time, median (min–max)\n\n")
                .append("| With the macro | ").append(timing.macro().describe(1000, "ms", "%.1f")).append(" | ")
                .append(timing.macroCpu().describe(1000, "ms", "%.1f")).append('\n')
                .append("| By hand | ").append(timing.hand().describe(1000, "ms", "%.1f")).append(" | ")
                .append(timing.handCpu().describe(1000, "ms", "%.1f")).append('\n')
                .append("| By hand, the extension unregistered (what its processors cost a page without macros) | ")
                .append(timing.handWithoutExtension().describe(1000, "ms", "%.1f")).append(" | \n")
                .append("|===\n\n");

        details.append("=== B4: page weight\n\n")
                .append("The tabs' CSS and JS are the `<style>` and `<script>` elements a page with a comparison has and the same page by hand has not; ")
                .append("they come once per page, however many blocks it has (checked on the ").append(weight.blocks())
                .append("-block page). The page states its own figure in the document attribute `ormcompare-assets-size`: _")
                .append(weight.statedSize()).append("_.\n\n")
                .append("[cols=\"3,2,2\"]\n|===\n| Measure | With the macro | By hand\n\n")
                .append("| CSS + JS per page, raw | ").append(bytes(weight.assetsRaw())).append(" | 0\n")
                .append("| CSS + JS per page, gzipped | ").append(bytes(weight.assetsGzipped())).append(" | 0\n")
                .append("| HTML per block (page less the same page without blocks, less CSS + JS, per block) | ")
                .append(String.format(Locale.ROOT, "%,.0f bytes", weight.macroBytesPerBlock())).append(" | ")
                .append(String.format(Locale.ROOT, "%,.0f bytes", weight.handBytesPerBlock())).append('\n')
                .append("| The ").append(weight.blocks()).append("-block page, raw | ").append(bytes(weight.macroPage()))
                .append(" | ").append(bytes(weight.handPage())).append('\n')
                .append("| The ").append(weight.blocks()).append("-block page, gzipped | ").append(bytes(weight.macroPageGzipped()))
                .append(" | ").append(bytes(weight.handPageGzipped())).append('\n')
                .append("|===\n\n");
    }

    void builds(Builds.Result result, boolean memoryMeasured) {
        Builds.Contender ours = result.contenders().get(Builds.RENDER);
        Builds.Contender site = result.contenders().get(Builds.MAVEN_SITE);
        Builds.Contender process = result.contenders().get(Builds.PROCESS_ASCIIDOC);
        String corpus = result.pages() + " pages x " + result.blocksPerPage() + " blocks";
        double vsSite = ours.seconds().median() / site.seconds().median();
        double vsProcess = ours.seconds().median() / process.seconds().median();
        rows.add(new Row("B2 whole build, " + corpus + ": `mvn clean site` with the render goal vs the Maven site",
                s(ours.seconds().median()), s(site.seconds().median()), ratio(vsSite), "≤ 0.20x", vsSite <= 0.20));
        rows.add(new Row("B2 the same vs asciidoctor-maven-plugin `process-asciidoc`", s(ours.seconds().median()),
                s(process.seconds().median()), ratio(vsProcess), "≤ 0.80x", vsProcess <= 0.80));
        Builds.NoOp noOp = result.noOp();
        double vsFull = noOp.seconds().median() / ours.seconds().median();
        rows.add(new Row("B3 no-op rebuild (`mvn site`, nothing changed) vs the full build", s(noOp.seconds().median()),
                s(ours.seconds().median()), ratio(vsFull), "≤ 0.25x", vsFull <= 0.25));
        rows.add(new Row("B3 the render goal's own time in the no-op rebuild (its summary line)",
                String.format(Locale.ROOT, "%.2f s", noOp.goalSeconds().median()), "", "", "< 0.3 s",
                noOp.goalSeconds().median() < 0.3));
        Builds.Contender doxia = result.contenders().get(Builds.DOXIA_MODULE);
        double doxiaVsConverter = doxia.seconds().median() / site.seconds().median();
        rows.add(new Row("B2 the Maven site, " + corpus + ": `mvn clean site` with ormcompare-doxia-module vs asciidoctor-converter-doxia-module",
                s(doxia.seconds().median()), s(site.seconds().median()), ratio(doxiaVsConverter), "≤ 0.25x", doxiaVsConverter <= 0.25));
        if (memoryMeasured) {
            double memory = doxia.maxRssKib().median() / site.maxRssKib().median();
            rows.add(new Row("B2 the same, peak resident memory", mib(doxia.maxRssKib().median()), mib(site.maxRssKib().median()),
                    ratio(memory), "≤ 0.25x", memory <= 0.25));
        }
        Builds.SitePageCost pageCost = result.sitePageCost();
        rows.add(new Row("B2 the same, cost of a page after the first", perPage(pageCost.oursSecondsPerPage(result)),
                perPage(pageCost.converterSecondsPerPage(result)),
                ratio(pageCost.oursSecondsPerPage(result) / pageCost.converterSecondsPerPage(result)), "", null));
        if (memoryMeasured) {
            rows.add(new Row("B5 peak memory of a B2 build (resident, the build's largest process: Maven's or the converter JVM)", mib(ours.maxRssKib().max()),
                    mib(site.maxRssKib().max()) + " (Maven site), " + mib(process.maxRssKib().max()) + " (process-asciidoc)",
                    "", "", null));
        }

        details.append("=== B2: whole build\n\n")
                .append("Four generated Maven projects hold the same ").append(result.pages()).append(" pages of ")
                .append(result.blocksPerPage()).append(" `ormcompare::` blocks each (`:source-highlighter: rouge` in every page, as in this project's docs): ")
                .append("a docs pom with the render goal (`mvn clean site`), the Maven site with maven-site-plugin ")
                .append(config.mavenSitePluginVersion()).append(", asciidoctor-converter-doxia-module ")
                .append(config.asciidoctorDoxiaModuleVersion()).append(", the extension and the Fluido skin ")
                .append(config.mavenFluidoSkinVersion()).append(" (`mvn clean site`), the same site with ormcompare-doxia-module, and asciidoctor-maven-plugin ")
                .append(config.asciidoctorMavenPluginVersion()).append(" with the extension jar as a plugin dependency (`mvn clean generate-resources`). ")
                .append("A two-page copy of each is built once online to fill the local repository (not timed); then each is built ").append(config.runs())
                .append(" times offline (`-o`) by the Maven the benchmark runs with, in its own process; each round builds all four, ")
                .append("starting with a different one. Times are wall-clock, from starting `mvn` to its exit. ")
                .append("After every build, each of its pages is checked to hold its tabs. ")
                .append("Each round also builds a one-page copy of both Maven sites: a page after the first costs ")
                .append("(median of the whole site - median of one page) / (pages - 1): ")
                .append(perPage(result.sitePageCost().oursSecondsPerPage(result))).append(" with ormcompare-doxia-module (one page: ")
                .append(result.sitePageCost().oursOnePage().describe(1, "s", "%.1f")).append("), ")
                .append(perPage(result.sitePageCost().converterSecondsPerPage(result))).append(" with the converter module (one page: ")
                .append(result.sitePageCost().converterOnePage().describe(1, "s", "%.1f")).append(").\n\n")
                .append("[cols=\"3,2,2\"]\n|===\n| Build | Time, median (min–max) | Peak resident memory, median (max)\n\n");
        for (Builds.Contender contender : result.contenders().values()) {
            details.append("| ").append(contender.name()).append(" | ").append(contender.seconds().describe(1, "s", "%.1f"))
                    .append(" | ").append(memoryMeasured ? mib(contender.maxRssKib().median()) + " (" + mib(contender.maxRssKib().max()) + ")" : "not measured")
                    .append('\n');
        }
        details.append("|===\n\n")
                .append("The render goal's own time in these builds (its summary line): ")
                .append(noOp.fullGoalSeconds().describe(1, "s", "%.1f")).append(". ")
                .append(String.format(Locale.ROOT, "Its pages weigh %,.0f bytes on average.", result.pageBytes()))
                .append("\n\n");

        details.append("=== B3: no-op rebuild\n\n")
                .append("After each clean build with the render goal, `mvn site` again with nothing changed (").append(noOp.upToDate())
                .append(" pages up to date, none rendered, checked on every run).\n\n")
                .append("[cols=\"3,2\"]\n|===\n| Build | Median (min–max)\n\n")
                .append("| `mvn site`, nothing changed | ").append(noOp.seconds().describe(1, "s", "%.2f")).append('\n')
                .append("| The render goal's own time (summary line) | ")
                .append(noOp.goalSeconds().describe(1, "s", "%.2f")).append('\n')
                .append("| `mvn clean site`, for comparison | ").append(ours.seconds().describe(1, "s", "%.2f")).append('\n')
                .append("|===\n\n");
    }

    void regionScaling(RegionScaling.Result result) {
        rows.add(new Row("B7 a catalog snippet from a tagged region of " + String.format(Locale.ROOT, "%,d",
                result.largeLines()) + " lines vs " + String.format(Locale.ROOT, "%,d", result.smallLines()) + " lines",
                ms(result.large().median()), ms(result.small().median()), ratio(result.ratio()), "≤ 20x (not 100x)",
                result.ratio() < 20));
        details.append("=== B7: growth with the size of a snippet\n\n")
                .append("A catalog whose snippet is a tagged region of a generated source file, almost all blank lines, ")
                .append("read in this JVM after a warm-up: ").append(String.format(Locale.ROOT, "%,d", result.smallLines()))
                .append(" lines took ").append(result.small().describe(1000, "ms", "%.1f")).append(", ")
                .append(String.format(Locale.ROOT, "%,d", result.largeLines())).append(" lines ")
                .append(result.large().describe(1000, "ms", "%.1f")).append(String.format(Locale.ROOT,
                        ": %.1fx for ten times the lines (quadratic growth would be 100x).%n%n", result.ratio()));
    }

    void tree(TreeCost.Result result) {
        SampleTree.Tree tree = result.tree();
        int blocks = tree.topics().size();
        long categories = tree.topics().stream().map(block -> block.topic().category()).distinct().count();
        int tabs = tree.topics().stream().mapToInt(block -> block.orms().size()).sum();
        rows.add(new Row("B10 reading a catalog tree of ORM Party's size (" + tree.files() + " files), warm, in this JVM",
                ms(result.load().median()), "", "", "≤ 150 ms", result.load().median() <= 0.150));
        rows.add(new Row("B10 `mvn clean site`, a page of " + blocks + " comparisons over that tree vs the same over the built-in catalog",
                s(result.treeBuild().median()), s(result.builtInBuild().median()), ratio(result.buildRatio()), "≤ 1.10x",
                result.buildRatio() <= 1.10));
        rows.add(new Row("B10 the same, the render goal's own time (its summary line)", s(result.treeGoal().median()),
                s(result.builtInGoal().median()), ratio(result.goalRatio()), "", null));
        details.append("=== B10: catalog trees\n\n")
                .append("A catalog tree generated in ORM Party's layout, with text of our own: ").append(blocks)
                .append(" numbered topic folders (the built-in topic ids) in ").append(categories).append(" numbered category folders, a folder per ORM ")
                .append("(the built-in ids of ORM Party's 12; 10 in the admin topics), ").append(tree.files()).append(" files of a few lines, ")
                .append(tree.multiFileCells()).append(" cells of two or three files. `CatalogFiles.load` read it ")
                .append(result.load().count()).append(" times in this JVM after a warm-up: ")
                .append(result.load().describe(1000, "ms", "%.1f")).append(".\n\n")
                .append("Two one-page docs poms with the render goal, built clean (`mvn clean site`) ").append(config.runs())
                .append(" times each, alternating, offline after a warm-up build: one page of ").append(blocks)
                .append(" `ormcompare::<category>/<topic>[orms=...]` blocks, one per topic of the tree (`catalogDirectory` is the tree), ")
                .append("and one of as many blocks over the built-in catalog's migration topics in turn, each block with the same ORMs ")
                .append("as its twin, so both pages have the same tabs (").append(tabs).append(") in the same languages; the tree's page ")
                .append("has a listing per file (").append(tree.files()).append("), the other one per tab. After every build the page is checked to hold ")
                .append(blocks).append(" tab lists.\n\n")
                .append("[cols=\"3,2,2\"]\n|===\n| Catalog | `mvn clean site`, median (min–max) | The render goal's own time, median (min–max)\n\n")
                .append("| The tree | ").append(result.treeBuild().describe(1, "s", "%.1f")).append(" | ")
                .append(result.treeGoal().describe(1, "s", "%.2f")).append('\n')
                .append("| The built-in catalog | ").append(result.builtInBuild().describe(1, "s", "%.1f")).append(" | ")
                .append(result.builtInGoal().describe(1, "s", "%.2f")).append('\n')
                .append("|===\n\n");
    }

    void search(SearchCost.Result result) {
        for (SearchCost.IndexSize size : result.sizes()) {
            rows.add(new Row("B8 search index, " + String.format(Locale.ROOT, "%,d", size.pages()) + " pages",
                    kb((int) size.gzipped()) + " gzipped, " + kb((int) size.raw()) + " raw", "", "", "", null));
        }
        rows.add(new Row("B8 search scripts (MiniSearch and the box)", kb((int) result.scriptsGzipped()) + " gzipped", "",
                "", "≤ 10 KB", result.scriptsGzipped() <= 10 * 1024));
        rows.add(new Row("B8 a query per keystroke, " + String.format(Locale.ROOT, "%,d", result.queryPages())
                + " pages, headless Chromium", String.format(Locale.ROOT, "%.1f ms median, %.1f ms worst",
                result.keystrokeMillis().median(), result.keystrokeMillis().max()), "", "", "< 30 ms",
                result.keystrokeMillis().max() < 30));
        rows.add(new Row("B8 reading a page's search entries, share of converting it", String.format(Locale.ROOT,
                "%.1f%%", 100 * result.indexingShare().median()), "", "", "< 5%", result.indexingShare().median() < 0.05));
        details.append("=== B8: search\n\n")
                .append("The B2 corpus and B5's large one, each rendered clean by the render goal; their index is ")
                .append("`ormcompare-assets/search-index.js`. On the large site, opened from disk in headless Chromium, ")
                .append("the first use of the box loaded and indexed it in ")
                .append(String.format(Locale.ROOT, "%.0f ms", result.loadMillis()))
                .append("; then ").append(result.keystrokeMillis().count()).append(" keystrokes (queries such as ")
                .append("\"downgrade\" and \"alembic upgrade head\" typed a key at a time, after a round to warm up), each timed ")
                .append("from the input event to the results drawn: ")
                .append(result.keystrokeMillis().describe(1, "ms", "%.1f")).append("; the slowest was ")
                .append(result.slowestKeystroke()).append(". Reading each page's entries from ")
                .append("Asciidoctor's tree took ").append(result.indexingShare().describe(100, "%", "%.1f"))
                .append(" of loading, reading and converting the page, per page of the B2 corpus, warm, in this JVM.\n\n");
    }

    void preview(PreviewLatency.Result result) {
        PreviewLatency.Edits page = result.page();
        PreviewLatency.Edits partial = result.partial();
        rows.add(new Row("B9 live preview (`ormcompare:serve`), " + result.pages() + " pages: a one-page edit saved to its reload event",
                String.format(Locale.ROOT, "%.0f ms", page.millis().median()), "", "", "≤ 300 ms",
                page.millis().median() <= 300));
        rows.add(new Row("B9 the same for an edit to a partial " + result.including() + " pages include",
                String.format(Locale.ROOT, "%.0f ms", partial.millis().median()), "", "", "", null));
        details.append("=== B9: live preview\n\n")
                .append("`mvn ormcompare:serve -Dormcompare.port=0` on ").append(result.pages()).append(" pages of the B2 kind, ")
                .append("the first ").append(result.including()).append(" of which end with `include::")
                .append(Projects.SHARED_PARTIAL).append("[]`; its first render took ")
                .append(String.format(Locale.ROOT, "%.1f s", result.firstRenderSeconds()))
                .append(" (its log line). Then the benchmark opens the event stream as a previewed page does and saves edits, ")
                .append("alternately a line added to a page that does not include the partial (a different page each time) and to the partial, ")
                .append(PreviewLatency.WARM_UP).append(" of each to warm up, then ").append(page.millis().count())
                .append(" of each measured, ").append(PreviewLatency.PAUSE_MILLIS)
                .append(" ms apart after each render's end. Each is timed from just before the file is written to the `reload` ")
                .append("event naming the page (or all ").append(result.including())
                .append(" including pages) arriving on the stream: noticing the save, rendering, writing the site, telling the page. ")
                .append("The render's own time and the pages rendered are from the preview's log line for each change.\n\n")
                .append("[cols=\"3,1,1,1,2,2\"]\n|===\n| Edit | Median | p90 | Max | Pages rendered per edit | The render's own time, median\n\n");
        previewEdits("A page", page);
        previewEdits("The partial (" + result.including() + " pages include it)", partial);
        details.append("|===\n\n");
    }

    private void previewEdits(String edit, PreviewLatency.Edits edits) {
        details.append("| ").append(edit).append(String.format(Locale.ROOT, " | %.0f ms | %.0f ms | %.0f ms | ",
                        edits.millis().median(), edits.millis().percentile(90), edits.millis().max()))
                .append(range(edits.rendered()))
                .append(String.format(Locale.ROOT, " | %.2f s%n", edits.renderSeconds().median()));
    }

    void noChange(List<Builds.NoChange> sites) {
        details.append("=== B6: no-change builds of large sites\n\n")
                .append("Generated sites of the B2 kind, each rendered clean once, then built ").append(config.runs())
                .append(" times with `mvn site` and nothing changed: every page's recorded inputs are checked, no ")
                .append("Asciidoctor starts.\n\n")
                .append("[cols=\"2,3,3\"]\n|===\n| Pages | The render goal's own time, median (min–max) | `mvn site`, median (min–max)\n\n");
        for (Builds.NoChange site : sites) {
            rows.add(new Row("B6 the render goal's own time with nothing changed, " + String.format(Locale.ROOT, "%,d",
                    site.pages()) + " pages", String.format(Locale.ROOT, "%.2f s", site.goalSeconds().median()), "", "",
                    "< 0.3 s at 300 pages", site.pages() <= 300 ? site.goalSeconds().median() < 0.3 : null));
            details.append("| ").append(String.format(Locale.ROOT, "%,d", site.pages())).append(" | ")
                    .append(site.goalSeconds().describe(1, "s", "%.2f")).append(" | ")
                    .append(site.buildSeconds().describe(1, "s", "%.2f")).append('\n');
        }
        details.append("|===\n\n");
    }

    void buildCache(BuildCacheCost.Result result) {
        rows.add(new Row("B11 " + String.format(Locale.ROOT, "%,d", result.pages()) + " pages: `mvn verify` restoring the site "
                + "from a remote build cache in another checkout vs rendering it", s(result.restoreSeconds().median()),
                s(result.renderSeconds()), ratio(1 / result.speedup()), "≥ 5x faster", result.speedup() >= 5));
        details.append("=== B11: the site from a remote build cache\n\n")
                .append(String.format(Locale.ROOT, "The B5 corpus (%,d pages) in a docs pom with the recipe of the page "
                        + "\"Sharing builds across machines\" (the Apache Maven Build Cache Extension, the render goal bound to "
                        + "`prepare-package`). One checkout builds it (`mvn verify`, offline) and saves the site and the render's state to a remote "
                        + "cache, an HTTP server on this machine; then, %d times, a fresh copy of the sources at another path, with an "
                        + "empty local cache, builds it: the render goal does not run, and the site is checked to be all there.\n\n",
                        result.pages(), result.restoreSeconds().count()))
                .append("[cols=\"3,2\"]\n|===\n")
                .append("| Render and save (`mvn verify`, one run) | ").append(s(result.renderSeconds()))
                .append(" (the render goal ").append(s(result.renderGoalSeconds())).append(")\n")
                .append("| Restore in another checkout, median (min–max) | ")
                .append(result.restoreSeconds().describe(1, "s", "%.1f")).append('\n')
                .append("| The site on disk | ").append(megabytes(result.siteBytes())).append('\n')
                .append("| Uploaded by the render (zipped site and state) | ").append(megabytes(result.uploadedBytes())).append('\n')
                .append("| Downloaded by a restore | ").append(megabytes(result.downloadedBytes())).append('\n')
                .append("|===\n\n");
    }

    void scale(Builds.Scale scale, boolean memoryMeasured) {
        rows.add(new Row("B5 scale: " + String.format(Locale.ROOT, "%,d", scale.pages()) + " pages by the render goal, default heap",
                s(scale.seconds()) + " (goal " + s(scale.goalSeconds()) + ")", "", "", "", null));
        details.append("=== B5: memory and scale\n\n")
                .append(String.format(Locale.ROOT, "%,d pages of %d blocks (%,d comparisons), `mvn clean site` with the render goal, once, ",
                        scale.pages(), config.blocksPerPage(), scale.blocks()))
                .append("with no `-Xmx`: the converter JVM the render goal starts takes the default maximum heap, ")
                .append(Machine.defaultHeap()).append(" on this machine. Its GC's log (`-Xlog:gc`, added to the goal's `jvmArgs`) gives the heap's peak.\n\n")
                .append("[cols=\"3,2\"]\n|===\n")
                .append("| Pages rendered | ").append(String.format(Locale.ROOT, "%,d", scale.rendered())).append('\n')
                .append("| Build time | ").append(s(scale.seconds())).append('\n')
                .append("| The render goal's own time | ").append(s(scale.goalSeconds()))
                .append(String.format(Locale.ROOT, " (%.0f pages/s)", scale.rendered() / scale.goalSeconds())).append('\n')
                .append("| Heap used, peak before a collection | ").append(scale.peakHeapMib()).append(" MiB (of ")
                .append(scale.heapCapacityMib()).append(" MiB the heap grew to)\n")
                .append("| Peak resident memory of the build's largest process | ")
                .append(memoryMeasured ? mib(scale.maxRssKib()) : "not measured").append('\n')
                .append("|===\n\n");
    }

    String asciidoc() {
        StringBuilder out = new StringBuilder();
        out.append("// Written by the benchmark (it module, profile benchmark); run it again rather than editing this file.\n\n");
        out.append("Run of ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", ").append(minutes).append(" minutes. Medians; the ratio is ormcompare's median over the baseline's.\n\n");
        out.append("[cols=\"4,2,3,1,1,1\"]\n|===\n| Measure | ormcompare | Baseline | Ratio | Target | Met\n\n");
        for (Row row : rows) {
            out.append("| ").append(row.measure()).append(" | ").append(row.ours()).append(" | ").append(row.baseline())
                    .append(" | ").append(row.ratio()).append(" | ").append(row.target()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "*no*").append('\n');
        }
        out.append("|===\n\n");
        out.append("=== The machine\n\n[cols=\"1,3\"]\n|===\n")
                .append("| CPU | ").append(machine.cpu()).append('\n')
                .append("| Cores | ").append(machine.cores()).append('\n')
                .append("| Memory | ").append(machine.memory()).append('\n')
                .append("| OS | ").append(machine.os()).append('\n')
                .append("| Java | ").append(machine.java()).append('\n')
                .append("| Maven | ").append(machine.maven()).append('\n')
                .append("| Load average (1, 5, 15 min) | before: ").append(machine.loadBefore()).append("; after: ")
                .append(loadAfter).append('\n')
                .append("|===\n\n")
                .append("Other builds ran on the machine at the same time (see the load average): single numbers are noisy, ")
                .append("which is why the contenders alternate and the table gives medians and ranges from one run.\n\n");
        out.append(details);
        return out.toString();
    }

    /** The summary table for the console. */
    String console() {
        StringBuilder out = new StringBuilder("\normcompare benchmark, medians:\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "  %-100s %-28s %-40s %-7s %-8s %s%n", row.measure(), row.ours(),
                    row.baseline(), row.ratio(), row.target(), row.met() == null ? "" : row.met() ? "met" : "MISSED"));
        }
        return out.toString();
    }

    /** "20", or "1–3" when the edits differed. */
    private static String range(Samples counts) {
        return counts.min() == counts.max() ? String.format(Locale.ROOT, "%.0f", counts.min())
                : String.format(Locale.ROOT, "%.0f–%.0f", counts.min(), counts.max());
    }

    private static String perPage(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String ms(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String kb(int bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }

    private static String bytes(int bytes) {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static String mib(double kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024);
    }
}
