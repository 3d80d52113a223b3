package dev.ormcompare.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * What the benchmark is told by the build that starts it (system properties {@code bench.*}, set in
 * the {@code benchmark} profile of the it module; each can be overridden with {@code -Dbench.X=...}).
 */
record Config(
        Path workDirectory,
        Path report,
        Path mavenHome,
        Path localRepository,
        Path outerRepository,
        String ormcompareVersion,
        String asciidoctorMavenPluginVersion,
        String asciidoctorDoxiaModuleVersion,
        String mavenSitePluginVersion,
        String mavenFluidoSkinVersion,
        int macroBlocks,
        int macroWarmup,
        int macroIterations,
        int runs,
        int pages,
        int blocksPerPage,
        int scalePages,
        int serveEdits,
        Path cacheRecipe,
        Set<String> parts) {

    static final Set<String> ALL_PARTS = Set.of("macro", "builds", "scale", "nochange", "region", "search", "serve", "tree",
            "cache");

    static Config fromSystemProperties() {
        return new Config(
                path("bench.workDirectory"),
                path("bench.report"),
                path("bench.mavenHome"),
                path("bench.localRepository"),
                path("bench.outerRepository"),
                text("bench.ormcompareVersion"),
                text("bench.asciidoctorMavenPluginVersion"),
                text("bench.asciidoctorDoxiaModuleVersion"),
                text("bench.mavenSitePluginVersion"),
                text("bench.mavenFluidoSkinVersion"),
                number("bench.macroBlocks"),
                number("bench.macroWarmup"),
                number("bench.macroIterations"),
                number("bench.runs"),
                number("bench.pages"),
                number("bench.blocksPerPage"),
                number("bench.scalePages"),
                number("bench.serveEdits"),
                path("bench.cacheRecipe"),
                Set.of(text("bench.parts").replace(" ", "").split(",")));
    }

    /** A run of every part writes the report into the docs; a partial run only into the work directory. */
    boolean complete() {
        return parts.containsAll(ALL_PARTS);
    }

    private static String text(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + name + " is not set; run the benchmark through "
                    + "its Maven profile (see README.md)");
        }
        return value.strip();
    }

    private static Path path(String name) {
        return Path.of(text(name)).toAbsolutePath().normalize();
    }

    private static int number(String name) {
        int value = Integer.parseInt(text(name));
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
