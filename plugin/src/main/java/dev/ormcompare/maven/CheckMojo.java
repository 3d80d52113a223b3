package dev.ormcompare.maven;

import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteCheck;
import dev.ormcompare.site.SiteLook;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads every page under {@code sourceDirectory} as {@code render} would, so every ormcompare macro
 * and the catalog are checked, and fails if anything is wrong, listing every problem with its file
 * and line. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractOrmCompareMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("ormcompare:check skipped");
            return;
        }
        FailOn failOn = failOn();
        RenderSettings settings = new RenderSettings(baseDirectory().toPath(), requireSourceDirectory().toPath(),
                Path.of(""), catalogDirectory().toPath(), Path.of(""), pageSelection(), attributes(), "", failOn, 1, SiteLook.stock());
        SiteCheck.Outcome outcome;
        try {
            outcome = SiteCheck.run(settings, new MavenBuildLog(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + settings.sourceDirectory() + ": " + e.getMessage(), e);
        }
        if (!outcome.failures().isEmpty()) {
            throw Failures.of(outcome.failures(), settings);
        }
        int pages = outcome.pages();
        getLog().info("ormcompare: " + pages + (pages == 1 ? " page" : " pages") + " checked, no problems");
    }
}
