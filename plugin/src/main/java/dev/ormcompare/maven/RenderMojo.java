package dev.ormcompare.maven;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteRenderer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.asciidoctor.log.Severity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders every AsciiDoc page under {@code sourceDirectory} to HTML under {@code outputDirectory},
 * with ormcompare tabs, keeping the folder structure and copying the other files. Incremental: a
 * page is rendered again only when a file it read (includes at any depth, docinfo, catalog files,
 * snippet sources), the configuration or the plugin changed; what it logged is reported again.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class RenderMojo extends AbstractOrmCompareMojo {

    /** Where the HTML pages go. */
    @Parameter(property = "ormcompare.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory;

    /**
     * How many pages are converted at once, each thread with an Asciidoctor of its own; 0 for one per
     * core. The output is the same whatever the number.
     */
    @Parameter(property = "ormcompare.threads", defaultValue = "0")
    private int threads;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("ormcompare:render skipped");
            return;
        }
        Severity failOn = failOnSeverity();
        Path source = requireSourceDirectory().toPath();
        RenderSettings settings = new RenderSettings(baseDirectory().toPath(), source, outputDirectory.toPath(),
                catalogDirectory().toPath(), buildDirectory.toPath().resolve("ormcompare").resolve("render-state.txt"),
                pageSelection(), attributes(), PluginStamp.of(plugin), failOn, threads);
        long start = System.nanoTime();
        SiteRenderer.Outcome outcome;
        try {
            outcome = new SiteRenderer(settings, new MavenBuildLog(getLog())).render();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot render " + settings.sourceDirectory() + " to "
                    + settings.outputDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info(String.format(Locale.ROOT, "ormcompare: %s rendered, %d up to date, %s, in %.2f s -> %s",
                count(outcome.rendered(), "page"), outcome.upToDate(),
                problems(outcome), (System.nanoTime() - start) / 1e9, outputDirectory));
        if (!outcome.failures().isEmpty()) {
            throw Failures.of(outcome.failures(), settings);
        }
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

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
