package dev.ormcompare.maven;

import dev.ormcompare.site.BuildLog;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteRenderer;
import dev.ormcompare.site.UnsafeOutput;
import dev.ormcompare.site.convert.ForkSettings;
import dev.ormcompare.site.convert.ForkedConverter;
import dev.ormcompare.site.convert.PageConverter;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.asciidoctor.log.Severity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders every AsciiDoc page under {@code sourceDirectory} to HTML under {@code outputDirectory},
 * with ormcompare tabs, keeping the folder structure and copying the other files. Incremental: a
 * page is rendered again only when a file it read (includes at any depth, docinfo, catalog files,
 * snippet sources), the configuration or the plugin changed; what it logged is reported again.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class RenderMojo extends AbstractSiteMojo {

    /**
     * Converts pages in JVMs of their own, started with {@code jvmArgs}: options that suit Asciidoctor,
     * which a plugin cannot set for Maven's own JVM (they halve a docs build's CPU time); {@code false}
     * converts in Maven's JVM.
     */
    @Parameter(property = "ormcompare.fork", defaultValue = "true")
    private boolean fork;

    /** Options of each converter JVM, e.g. {@code -Xmx2g}; by default {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}. */
    @Parameter(property = "ormcompare.jvmArgs")
    private String jvmArgs;

    /**
     * Seconds a converter JVM may take to start or to convert one page before it is stopped as hung,
     * with what it printed last.
     */
    @Parameter(property = "ormcompare.convertTimeout", defaultValue = "300")
    private int convertTimeout;

    /** The folder Maven was started from, where {@code .mvn/} is. */
    @Parameter(defaultValue = "${session.request.multiModuleProjectDirectory}", readonly = true)
    private File startDirectory;

    /** The module's source folders, which the build cache extension always takes as inputs. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true)
    private List<String> compileSourceRoots = List.of();

    @Parameter(defaultValue = "${project.resources}", readonly = true)
    private List<Resource> resources = List.of();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("ormcompare:render skipped");
            return;
        }
        RenderSettings settings = renderSettings();
        if (convertTimeout <= 0) {
            throw new MojoFailureException("convertTimeout " + convertTimeout + " is not a number of seconds; set "
                    + "<convertTimeout> (or -Dormcompare.convertTimeout) to a positive number, such as 300 (the default)");
        }
        BuildLog log = new MavenBuildLog(getLog());
        long start = System.nanoTime();
        SiteRenderer.Outcome outcome;
        try {
            outcome = new SiteRenderer(settings, log, converters(log)).render();
        } catch (UnsafeOutput e) {
            // A file or setting of the user's is in the way: their fix, not a fault of the plugin.
            throw new MojoFailureException("ormcompare: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot render " + settings.sourceDirectory() + " to "
                    + settings.outputDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info(String.format(Locale.ROOT, "ormcompare: %s rendered%s, %d up to date, %s, in %.2f s -> %s",
                count(outcome.rendered(), "page"), withChapters(outcome), outcome.upToDate(),
                problems(outcome), (System.nanoTime() - start) / 1e9, settings.outputDirectory()));
        warnOfReadsOutsideTheCacheKey(outcome, settings);
        if (!outcome.failures().isEmpty()) {
            throw Failures.of(outcome.failures(), settings);
        }
    }

    /**
     * With a build cache set up, warns of files pages read that its configuration does not name as inputs: a
     * change to one of them alone would restore a site made from the old one.
     */
    private void warnOfReadsOutsideTheCacheKey(SiteRenderer.Outcome outcome, RenderSettings settings) {
        if (startDirectory == null) {
            return;
        }
        Path config = startDirectory.toPath().resolve(BuildCacheInputs.CONFIG);
        List<Path> sourceFolders = new ArrayList<>();
        compileSourceRoots.forEach(root -> sourceFolders.add(Path.of(root)));
        resources.forEach(resource -> sourceFolders.add(Path.of(resource.getDirectory())));
        try {
            List<Path> outside = BuildCacheInputs.read(config, settings.baseDirectory(), sourceFolders)
                    .map(inputs -> inputs.uncovered(outcome.inputs())).orElse(List.of());
            if (!outside.isEmpty()) {
                Path base = settings.baseDirectory().toAbsolutePath();
                getLog().warn("ormcompare: pages read " + count(outside.size(), "file") + " that " + config
                        + " names no input folder of, so a change to one of them alone would restore an older site "
                        + "from the build cache; add their folders to <input><global><includes>: " + outside.stream()
                        .limit(5).map(path -> path.startsWith(base) ? base.relativize(path).toString() : path.toString())
                        .collect(Collectors.joining(", ")) + (outside.size() > 5 ? " and " + (outside.size() - 5) + " more" : ""));
            }
        } catch (IOException e) {
            getLog().warn("ormcompare: " + e.getMessage());
        }
    }

    /** Forked converter JVMs on the engine's jars, or converters in this JVM. */
    private SiteRenderer.ConverterFactory converters(BuildLog log) {
        if (!fork) {
            return PageConverter::new;
        }
        // Outside Maven (a test harness) the plugin's dependencies are not resolved: the JVM's class path has them.
        List<Path> classpath = EngineClasspath.of(plugin()).orElseGet(ForkSettings::ownClasspath);
        List<String> options = jvmArgs == null || jvmArgs.isBlank() ? ForkSettings.DEFAULT_JVM_ARGS
                : List.of(jvmArgs.strip().split("\\s+"));
        ForkSettings settings = ForkSettings.thisJvm(classpath, options).withTimeout(Duration.ofSeconds(convertTimeout));
        return (attributes, standalone) -> new ForkedConverter(settings, attributes, standalone, log);
    }

    /** "no errors or warnings", "2 pages with 1 error and 2 warnings": what a writer looks for in the summary. */
    private static String problems(SiteRenderer.Outcome outcome) {
        List<Problem> problems = outcome.problems();
        long errors = problems.stream().filter(problem -> problem.atLeast(Severity.ERROR)).count();
        long warnings = problems.stream().filter(problem -> problem.severity() == Severity.WARN).count();
        if (errors + warnings == 0) {
            return "no errors or warnings";
        }
        return count(outcome.pagesWithProblems(), "page") + " with " + count(errors, "error") + " and "
                + count(warnings, "warning");
    }

    /** The files books include (chapters, attribute files) converted too, not pages of their own; nothing when none. */
    private static String withChapters(SiteRenderer.Outcome outcome) {
        return outcome.chapters() == 0 ? "" : " (with " + count(outcome.chapters(), "file") + " of books)";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
