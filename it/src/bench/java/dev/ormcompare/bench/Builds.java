package dev.ormcompare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B2, B3, B5 and B6: whole Maven builds of the same generated docs, one contender after the other in
 * every round, clean each time; after each render build, the same build again with nothing
 * changed; then the render goal alone on a large corpus, and on large sites with nothing changed.
 */
final class Builds {

    static final String RENDER = "ormcompare:render";
    static final String MAVEN_SITE = "Maven site + Doxia module";
    static final String DOXIA_MODULE = "Maven site + ormcompare-doxia-module";
    static final String PROCESS_ASCIIDOC = "process-asciidoc";

    /** A contender's clean builds: seconds and peak memory (KiB) per run. */
    record Contender(String name, Samples seconds, Samples maxRssKib) {
    }

    /** B3: the no-op rebuilds, and the render goal's own time (its summary line) in them and in the full builds. */
    record NoOp(Samples seconds, Samples goalSeconds, Samples fullGoalSeconds, int upToDate) {
    }

    /** B5: one clean build of the large corpus by the render goal. */
    record Scale(int pages, int blocks, double seconds, double goalSeconds, long maxRssKib, long peakHeapMib,
                 long heapCapacityMib, int rendered) {
    }

    /** B6: the render goal's own time in builds with nothing changed, on a site of {@code pages} pages. */
    record NoChange(int pages, Samples goalSeconds, Samples buildSeconds) {
    }

    record Result(Map<String, Contender> contenders, NoOp noOp, int pages, int blocksPerPage, double pageBytes,
                  SitePageCost sitePageCost) {
    }

    /**
     * The two Doxia modules' clean builds of a one-page copy of the site, in every round: what a page
     * after the first costs is (median of the whole site - median of one page) / (pages - 1).
     */
    record SitePageCost(Samples converterOnePage, Samples oursOnePage) {

        double converterSecondsPerPage(Result result) {
            return perPage(result.contenders().get(MAVEN_SITE), converterOnePage, result.pages());
        }

        double oursSecondsPerPage(Result result) {
            return perPage(result.contenders().get(DOXIA_MODULE), oursOnePage, result.pages());
        }

        private static double perPage(Contender whole, Samples onePage, int pages) {
            return pages <= 1 ? Double.NaN : (whole.seconds().median() - onePage.median()) / (pages - 1);
        }
    }

    /** B6's smaller site; the larger is B5's. */
    private static final int NO_CHANGE_PAGES = 300;

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Config config;
    private final MavenRunner maven;
    private final Projects projects;

    Builds(Config config, MavenRunner maven) {
        this.config = config;
        this.maven = maven;
        this.projects = new Projects(config);
    }

    Result compare() throws IOException {
        int pages = config.pages();
        // Online once, on two pages of each, so every plugin is in the local repository; then offline, so no download is timed.
        for (Projects.Project warmUp : List.of(projects.render("render-warmup", 2), projects.mavenSite("maven-site-warmup", 2),
                projects.doxiaModule("doxia-module-warmup", 2), projects.processAsciidoc("process-asciidoc-warmup", 2))) {
            Log.step("B2: warm-up build of " + warmUp.name() + " (downloads allowed, not timed)");
            maven.run(warmUp.directory(), warmUp.name(), false, Map.of(), warmUp.cleanBuild());
            checkOutput(warmUp, 2);
        }
        List<Projects.Project> contenders = List.of(
                projects.render("render", pages),
                projects.mavenSite("maven-site", pages),
                projects.doxiaModule("doxia-module", pages),
                projects.processAsciidoc("process-asciidoc", pages));
        List<String> names = List.of(RENDER, MAVEN_SITE, DOXIA_MODULE, PROCESS_ASCIIDOC);
        Projects.Project render = contenders.get(0);
        Projects.Project converterOnePage = projects.mavenSite("maven-site-1", 1);
        Projects.Project oursOnePage = projects.doxiaModule("doxia-module-1", 1);
        SitePageCost sitePageCost = new SitePageCost(new Samples(), new Samples());

        Map<String, Contender> results = new LinkedHashMap<>();
        names.forEach(name -> results.put(name, new Contender(name, new Samples(), new Samples())));
        Samples noOp = new Samples();
        Samples noOpGoal = new Samples();
        Samples fullGoal = new Samples();
        int upToDate = -1;
        for (int round = 0; round < config.runs(); round++) {
            for (int k = 0; k < contenders.size(); k++) {
                int index = (round + k) % contenders.size(); // each contender starts a round in turn
                Projects.Project project = contenders.get(index);
                Log.step("B2: round " + (round + 1) + "/" + config.runs() + ", " + project.name());
                MavenRunner.Run run = maven.run(project.directory(), project.name(), true, Map.of(), project.cleanBuild());
                checkOutput(project, pages);
                Contender contender = results.get(names.get(index));
                contender.seconds().add(run.seconds());
                contender.maxRssKib().add(run.maxRssKib());
                Log.step(String.format(java.util.Locale.ROOT, "    %.1f s", run.seconds()));
                if (project == render) {
                    fullGoal.add(summary(run, pages, 0).seconds());
                    Log.step("B3: round " + (round + 1) + "/" + config.runs() + ", the same build with nothing changed");
                    MavenRunner.Run again = maven.run(project.directory(), "render-noop", true, Map.of(), "site");
                    MavenRunner.RenderSummary summary = summary(again, 0, pages);
                    noOp.add(again.seconds());
                    noOpGoal.add(summary.seconds());
                    upToDate = summary.upToDate();
                }
            }
            for (Projects.Project onePage : round % 2 == 0 ? List.of(converterOnePage, oursOnePage) : List.of(oursOnePage, converterOnePage)) {
                Log.step("B2: round " + (round + 1) + "/" + config.runs() + ", " + onePage.name() + " (one page, for the cost per page)");
                MavenRunner.Run run = maven.run(onePage.directory(), onePage.name(), true, Map.of(), onePage.cleanBuild());
                checkOutput(onePage, 1);
                (onePage == oursOnePage ? sitePageCost.oursOnePage() : sitePageCost.converterOnePage()).add(run.seconds());
                Log.step(String.format(java.util.Locale.ROOT, "    %.1f s", run.seconds()));
            }
        }
        return new Result(results, new NoOp(noOp, noOpGoal, fullGoal, upToDate), pages, config.blocksPerPage(),
                averagePageBytes(render.output(), pages), sitePageCost);
    }

    /** B5: the large corpus, rendered clean once, in Maven's default heap, with the GC's log read for the heap's peak. */
    Scale scale() throws IOException {
        int pages = config.scalePages();
        Log.step("B5: generating " + pages + " pages");
        Projects.Project project = projects.render("render-" + pages, pages);
        Path gcLog = config.workDirectory().resolve("logs").resolve("scale-gc.log");
        Files.deleteIfExists(gcLog);
        Log.step("B5: rendering " + pages + " pages with the render goal (no -Xmx)");
        // The pages are converted in the plugin's converter JVM: its GC log is the one that tells.
        String[] build = project.cleanBuild();
        String[] goals = java.util.Arrays.copyOf(build, build.length + 1);
        goals[build.length] = "-Dormcompare.jvmArgs=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:gc:file=" + gcLog;
        MavenRunner.Run run = maven.run(project.directory(), "render-" + pages, true, Map.of(), goals);
        MavenRunner.RenderSummary summary = summary(run, pages, 0);
        checkOutput(project, pages);
        long peak = 0;
        long capacity = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC_LINE.matcher(line);
            if (matcher.find()) {
                peak = Math.max(peak, Long.parseLong(matcher.group(1)));
                capacity = Math.max(capacity, Long.parseLong(matcher.group(3)));
            }
        }
        return new Scale(pages, pages * config.blocksPerPage(), run.seconds(), summary.seconds(), run.maxRssKib(), peak,
                capacity, summary.rendered());
    }

    /**
     * B6: for each size, a site rendered clean once, then {@code runs} times {@code mvn site} with
     * nothing changed: what checking every page's recorded inputs costs as a site grows.
     */
    List<NoChange> noChange() throws IOException {
        List<NoChange> results = new ArrayList<>();
        for (int pages : List.of(NO_CHANGE_PAGES, config.scalePages())) {
            Projects.Project project = projects.render("render-nochange-" + pages, pages);
            Log.step("B6: rendering " + pages + " pages once (downloads allowed, not timed)");
            summary(maven.run(project.directory(), project.name(), false, Map.of(), project.cleanBuild()), pages, 0);
            Samples goal = new Samples();
            Samples build = new Samples();
            for (int run = 0; run < config.runs(); run++) {
                Log.step("B6: " + pages + " pages, run " + (run + 1) + "/" + config.runs() + " with nothing changed");
                MavenRunner.Run again = maven.run(project.directory(), project.name() + "-again", true, Map.of(), "site");
                goal.add(summary(again, 0, pages).seconds());
                build.add(again.seconds());
            }
            results.add(new NoChange(pages, goal, build));
        }
        return results;
    }

    /** The build's render summary line, checked to count these pages rendered and up to date. */
    static MavenRunner.RenderSummary summary(MavenRunner.Run run, int rendered, int upToDate) throws IOException {
        MavenRunner.RenderSummary summary = run.renderSummary()
                .orElseThrow(() -> new IOException("no render summary line in " + run.log()));
        if (summary.rendered() != rendered || summary.upToDate() != upToDate) {
            throw new IOException("expected " + rendered + " pages rendered and " + upToDate + " up to date, got " + summary
                    + "; see " + run.log());
        }
        return summary;
    }

    /** Every page is there and shows its comparisons as tabs: the contender did the whole job. */
    private void checkOutput(Projects.Project project, int pages) throws IOException {
        checkOutput(project, pages, config.blocksPerPage());
    }

    /** Every page of the project is there and holds {@code blocksPerPage} tab lists. */
    static void checkOutput(Projects.Project project, int pages, int blocksPerPage) throws IOException {
        for (int page = 1; page <= pages; page++) {
            Path html = project.output().resolve(Projects.pageName(page) + ".html");
            if (!Files.isRegularFile(html)) {
                throw new IOException(project.name() + " did not write " + html);
            }
            int tabs = MacroCost.count(Files.readString(html), "role=\"tablist\"");
            if (tabs != blocksPerPage) {
                throw new IOException(project.name() + " wrote " + tabs + " tab lists to " + html + ", not "
                        + blocksPerPage);
            }
        }
    }

    private static double averagePageBytes(Path output, int pages) throws IOException {
        List<Long> sizes = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            sizes.add(Files.size(output.resolve(Projects.pageName(page) + ".html")));
        }
        return sizes.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
