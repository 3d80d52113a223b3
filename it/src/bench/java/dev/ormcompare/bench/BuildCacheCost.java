package dev.ormcompare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * B11: the large corpus's site shared through the Apache Maven Build Cache Extension with the docs' recipe (the
 * {@code .mvn} files of it/src/it/build-cache). One checkout renders the site clean and saves it to a remote cache
 * ({@link RemoteCache}); then, {@code runs} times, a fresh checkout of the same sources at another path, with an
 * empty local cache, builds: the render goal does not run, the site comes from the remote. Wall time of each build
 * and the bytes the remote received and sent.
 */
final class BuildCacheCost {

    /** The render that saved, the restores, and the bytes: uploaded once, downloaded by each restore, of the site on disk. */
    record Result(int pages, double renderSeconds, double renderGoalSeconds, Samples restoreSeconds, long uploadedBytes,
                  long downloadedBytes, long siteBytes) {
        double speedup() {
            return renderSeconds / restoreSeconds.median();
        }
    }

    private static final String HIT = "Skipping plugin execution (cached): ormcompare:render";

    private final Config config;
    private final MavenRunner maven;

    BuildCacheCost(Config config, MavenRunner maven) {
        this.config = config;
        this.maven = maven;
    }

    Result run() throws IOException {
        int pages = config.scalePages();
        Projects.Project ci = new Projects(config).cachedRender("cache-ci", pages, config.cacheRecipe());
        Path checkouts = config.workDirectory().resolve("projects").resolve("cache-checkouts");
        // Earlier runs' checkouts go first: deleting hundreds of MiB just before a timed restore slowed it by
        // seconds (4.7 s against 2.8 s for the same build).
        Projects.delete(checkouts);
        try (RemoteCache remote = RemoteCache.start(config.workDirectory().resolve("remote-cache"))) {
            Log.step("B11: resolving the build cache extension and the plugin (downloads allowed, not timed)");
            maven.run(ci.directory(), "cache-warm-up", false, Map.of(), "-Dmaven.build.cache.enabled=false",
                    "-Dormcompare.skip=true", "verify");
            Log.step("B11: rendering " + pages + " pages and saving them to the remote cache");
            // An earlier run's local cache holds the same build: it would be restored, not rendered.
            Projects.delete(localCache(ci.directory()));
            MavenRunner.Run render = maven.run(ci.directory(), "cache-render", true, Map.of(),
                    cacheArguments(remote, ci.directory(), "-Dmaven.build.cache.remote.save.enabled=true", "verify"));
            MavenRunner.RenderSummary summary = Builds.summary(render, pages, 0);
            Builds.checkOutput(ci, pages, config.blocksPerPage());
            long siteBytes = bytesBelow(ci.output());
            long uploaded = remote.received();
            Samples restores = new Samples();
            long downloaded = 0;
            for (int run = 1; run <= config.runs(); run++) {
                Path checkout = checkout(ci.directory(), checkouts.resolve("clone-" + run).resolve("elsewhere/docs"));
                long before = remote.sent();
                MavenRunner.Run restore = maven.run(checkout, "cache-restore", true, Map.of(),
                        cacheArguments(remote, checkout, "verify"));
                if (!restore.logText().contains(HIT) || restore.renderSummary().isPresent()) {
                    throw new IOException("B11: the checkout at " + checkout + " did not restore the site from the cache; "
                            + "see " + restore.log());
                }
                Path site = checkout.resolve("target/site");
                if (bytesBelow(site) != siteBytes) {
                    throw new IOException("B11: the site restored at " + site + " is not the size of the one rendered");
                }
                Builds.checkOutput(new Projects.Project(ci.name(), checkout, ci.cleanBuild(), site), pages,
                        config.blocksPerPage());
                restores.add(restore.seconds());
                downloaded = remote.sent() - before;
                Log.step(String.format(Locale.ROOT, "B11: restore %d/%d: %.1f s, %d bytes", run, config.runs(),
                        restore.seconds(), downloaded));
            }
            return new Result(pages, render.seconds(), summary.seconds(), restores, uploaded, downloaded, siteBytes);
        }
    }

    /** The remote's address, a local cache of the checkout's own (empty for a fresh one), then {@code more}. */
    private static String[] cacheArguments(RemoteCache remote, Path checkout, String... more) {
        List<String> arguments = new ArrayList<>(List.of("-Dmaven.build.cache.remote.url=" + remote.url(),
                "-Dmaven.build.cache.location=" + localCache(checkout)));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /** The local build cache of a checkout, beside it. */
    private static Path localCache(Path checkout) {
        return checkout.resolveSibling(checkout.getFileName() + "-local-cache");
    }

    /** A fresh copy of the project's sources (not its build output) at {@code target}, as a clone is. */
    private static Path checkout(Path project, Path target) throws IOException {
        Projects.delete(target.getParent());
        Projects.delete(localCache(target));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = project.relativize(file);
                if (!relative.getName(0).toString().equals("target")) {
                    Files.createDirectories(target.resolve(relative).getParent());
                    Files.copy(file, target.resolve(relative));
                }
            }
        }
        return target;
    }

    private static long bytesBelow(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
