package dev.ormcompare.bench;

import dev.ormcompare.catalog.CatalogFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * B7, in this JVM: reading a catalog whose snippet is a tagged region of a source file, with 10^5
 * and then 10^6 lines (blank ones, where a regex over runs of them once took quadratic time). Linear
 * growth reads about 10x for ten times the lines.
 */
final class RegionScaling {

    /** Seconds to read the catalog, median of the runs, per number of lines. */
    record Result(int smallLines, Samples small, int largeLines, Samples large) {
        double ratio() {
            return large.median() / small.median();
        }
    }

    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;
    private static final int RUNS = 5;

    private final Path directory;

    RegionScaling(Config config) {
        this.directory = config.workDirectory().resolve("region-scaling");
    }

    Result run() throws IOException {
        Samples small = new Samples();
        Samples large = new Samples();
        measure(SMALL); // warm-up: the parser's code compiled before anything is timed
        for (int run = 0; run < RUNS; run++) {
            Log.step("B7: run " + (run + 1) + "/" + RUNS + ", regions of " + SMALL + " and " + LARGE + " lines");
            small.add(measure(SMALL));
            large.add(measure(LARGE));
        }
        return new Result(SMALL, small, LARGE, large);
    }

    private double measure(int lines) throws IOException {
        Path catalog = directory.resolve("catalog-" + lines);
        Files.createDirectories(catalog);
        Path source = directory.resolve("Migrations-" + lines + ".java");
        if (!Files.exists(source)) {
            Files.writeString(source, "// tag::apply[]\n    apply();\n" + "\n".repeat(lines - 2) + "    done();\n"
                    + "// end::apply[]\n");
        }
        Files.writeString(catalog.resolve("team.adoc"), "[orm,id=team,name=Team,language=java]\n"
                + "[snippet,topic=apply,orm=team,include=../" + source.getFileName() + ",tag=apply]\n");
        long start = System.nanoTime();
        try {
            CatalogFiles.load(catalog);
        } catch (dev.ormcompare.catalog.CatalogException e) {
            throw new IOException("the generated catalog has a mistake: " + e.getMessage(), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
