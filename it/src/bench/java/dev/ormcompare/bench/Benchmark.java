package dev.ormcompare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ormcompare against the builds docs teams use today, side by side in one run: B1 macro cost, B2
 * whole build, B3 no-op rebuild, B4 page weight, B5 memory and scale, B6 no-change builds of large sites, B7 growth with a snippet's size, B8 search, B9 the live preview's edit-to-reload time, B10 catalogs kept as folder trees, B11 the site restored from a remote build cache. Started by the it module's
 * {@code benchmark} profile; writes an AsciiDoc report for the docs.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Config config = Config.fromSystemProperties();
        Files.createDirectories(config.workDirectory());
        MavenRunner maven = new MavenRunner(config);
        Report report = new Report(config);
        report.machine(Machine.describe(maven.version()));
        if (!maven.measuresMemory()) {
            Log.step("GNU time (/usr/bin/time, Debian package 'time') is missing: peak memory is not measured");
        }

        if (config.parts().contains("macro")) {
            report.macroCost(new MacroCost(config).run());
        }
        Builds builds = new Builds(config, maven);
        if (config.parts().contains("builds")) {
            report.builds(builds.compare(), maven.measuresMemory());
        }
        if (config.parts().contains("scale")) {
            report.scale(builds.scale(), maven.measuresMemory());
        }
        if (config.parts().contains("region")) {
            report.regionScaling(new RegionScaling(config).run());
        }
        if (config.parts().contains("nochange")) {
            report.noChange(builds.noChange());
        }
        if (config.parts().contains("search")) {
            report.search(new SearchCost(config, maven).run());
        }
        if (config.parts().contains("serve")) {
            report.preview(new PreviewLatency(config, maven).run());
        }
        if (config.parts().contains("tree")) {
            report.tree(new TreeCost(config, maven).run());
        }
        if (config.parts().contains("cache")) {
            report.buildCache(new BuildCacheCost(config, maven).run());
        }
        report.finished(Machine.load(), (System.nanoTime() - start) / 60e9);

        String asciidoc = report.asciidoc();
        Path copy = config.workDirectory().resolve("benchmark-report.adoc");
        Files.writeString(copy, asciidoc);
        if (config.complete()) {
            Files.createDirectories(config.report().getParent());
            Files.writeString(config.report(), asciidoc);
        }
        System.out.println(report.console());
        Log.step("report: " + (config.complete() ? config.report() + " (and " + copy + ")"
                : copy + " (not every part ran, so the docs' report is left as it was)"));
    }
}
