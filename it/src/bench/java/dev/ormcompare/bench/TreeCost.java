package dev.ormcompare.bench;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.CatalogException;
import dev.ormcompare.catalog.CatalogFiles;
import dev.ormcompare.catalog.Topic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * B10: a catalog kept as a folder tree of ORM Party's size ({@link SampleTree}). Reading it, in this
 * JVM; and the render goal's clean build of a page with a comparison per topic over it, against the
 * same page over the built-in catalog: the same number of blocks, each with the same ORMs (so the same
 * tabs and languages), over the built-in migration topics, whose snippets cover those ORMs. Both pages
 * name their ORMs: with none, a topic of the tree would also show the Java catalog's ORMs.
 */
final class TreeCost {

    /** The tree, the seconds to read it, and both builds' seconds: whole and the render goal's own (its summary line). */
    record Result(SampleTree.Tree tree, Samples load, Samples treeBuild, Samples builtInBuild, Samples treeGoal,
                  Samples builtInGoal) {
        double buildRatio() {
            return treeBuild.median() / builtInBuild.median();
        }

        double goalRatio() {
            return treeGoal.median() / builtInGoal.median();
        }
    }

    private static final int LOAD_WARM_UP = 5;
    private static final int LOADS = 20;

    private final Config config;
    private final MavenRunner maven;

    TreeCost(Config config, MavenRunner maven) {
        this.config = config;
        this.maven = maven;
    }

    Result run() throws IOException {
        Path root = config.workDirectory().resolve("catalog-tree");
        SampleTree.Tree tree = SampleTree.write(root);
        Log.step("B10: wrote a catalog tree of " + tree.topics().size() + " topics, " + tree.files() + " files ("
                + tree.multiFileCells() + " cells of several) at " + root);
        Samples load = loads(root);

        Projects projects = new Projects(config);
        List<Corpus.Block> blocks = tree.topics();
        List<Projects.Project> contenders = List.of(
                projects.renderOnePage("tree-catalog", blocks, Corpus.Style.QUALIFIED_MACROS, Optional.of(root)),
                projects.renderOnePage("built-in-catalog", overBuiltInTopics(blocks), Corpus.Style.MACROS, Optional.empty()));
        for (Projects.Project project : contenders) {
            Log.step("B10: warm-up build of " + project.name() + " (downloads allowed, not timed)");
            build(project, blocks.size(), false);
        }
        List<Samples> seconds = List.of(new Samples(), new Samples());
        List<Samples> goalSeconds = List.of(new Samples(), new Samples());
        for (int round = 0; round < config.runs(); round++) {
            for (int k = 0; k < contenders.size(); k++) {
                int index = (round + k) % contenders.size(); // each starts a round in turn
                Log.step("B10: round " + (round + 1) + "/" + config.runs() + ", " + contenders.get(index).name());
                MavenRunner.Run run = build(contenders.get(index), blocks.size(), true);
                seconds.get(index).add(run.seconds());
                goalSeconds.get(index).add(Builds.summary(run, 1, 0).seconds());
                Log.step(String.format(Locale.ROOT, "    %.1f s", run.seconds()));
            }
        }
        return new Result(tree, load, seconds.get(0), seconds.get(1), goalSeconds.get(0), goalSeconds.get(1));
    }

    /** {@code CatalogFiles.load} of the tree, as a build reads it once, warm: the reader's code compiled first. */
    private static Samples loads(Path root) throws IOException {
        Samples seconds = new Samples();
        for (int load = 0; load < LOAD_WARM_UP + LOADS; load++) {
            long start = System.nanoTime();
            try {
                CatalogFiles.load(root);
            } catch (CatalogException e) {
                throw new IOException("the generated catalog tree has a mistake: " + e.getMessage(), e);
            }
            if (load >= LOAD_WARM_UP) {
                seconds.add((System.nanoTime() - start) / 1e9);
            }
        }
        Log.step("B10: read the tree " + LOADS + " times: " + seconds.describe(1000, "ms", "%.1f"));
        return seconds;
    }

    /** The same comparisons, each over a built-in migration topic in turn, with the same ORMs. */
    private static List<Corpus.Block> overBuiltInTopics(List<Corpus.Block> blocks) {
        List<Topic> migrations = BuiltInCatalog.get().topics().stream()
                .filter(topic -> topic.category().equals("migrations")).toList();
        List<Corpus.Block> builtIn = new ArrayList<>();
        for (Corpus.Block block : blocks) {
            builtIn.add(new Corpus.Block(migrations.get(builtIn.size() % migrations.size()), block.orms()));
        }
        return builtIn;
    }

    /** A clean build of the project, checked to show every comparison as tabs. */
    private MavenRunner.Run build(Projects.Project project, int blocks, boolean offline) throws IOException {
        MavenRunner.Run run = maven.run(project.directory(), project.name(), offline, Map.of(), project.cleanBuild());
        Builds.checkOutput(project, 1, blocks);
        return run;
    }
}
