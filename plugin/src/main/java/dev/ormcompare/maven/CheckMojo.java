package dev.ormcompare.maven;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.PageConverter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Severity failOn = failOnSeverity();
        RenderSettings settings = new RenderSettings(baseDirectory().toPath(), requireSourceDirectory().toPath(),
                Path.of(""), catalogDirectory().toPath(), Path.of(""), pageSelection(), attributes(), "", failOn, 1, SiteLook.stock());
        List<Problem> failures = new ArrayList<>();
        int pages;
        try (PageConverter converter = new PageConverter(settings.documentAttributes(), true)) {
            DocsTree tree = DocsTree.scan(settings.sourceDirectory(), settings.pages(),
                    List.of(settings.sourceDirectory().resolve(SiteLook.NAV_FILE)));
            pages = tree.pages().size();
            for (Path page : tree.pages()) {
                for (Problem problem : converter.check(tree.root().resolve(page)).problems()) {
                    if (problem.atLeast(settings.failOn())) {
                        getLog().error(problem.describe(settings.baseDirectory()));
                        failures.add(problem);
                    } else {
                        getLog().warn(problem.describe(settings.baseDirectory()));
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + settings.sourceDirectory() + ": " + e.getMessage(), e);
        }
        if (!failures.isEmpty()) {
            throw Failures.of(failures, settings);
        }
        getLog().info("ormcompare: " + pages + (pages == 1 ? " page" : " pages") + " checked, no problems");
    }
}
