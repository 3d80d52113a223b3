package dev.ormcompare.maven;

import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.site.OutputPlacement;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteLook;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** The parameters of the goals that render the site: {@code render} and {@code serve}. */
abstract class AbstractSiteMojo extends AbstractOrmCompareMojo {

    /** Where the HTML pages go. */
    @Parameter(property = "ormcompare.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory;

    /**
     * How many pages are converted at once, each thread with an Asciidoctor of its own; 0 for one per
     * core. The output is the same whatever the number.
     */
    @Parameter(property = "ormcompare.threads", defaultValue = "0")
    private int threads;

    /**
     * {@code ormcompare}: a documentation site, with navigation (from {@code nav.adoc} in the source
     * directory when there is one, else from the page tree), a header, light and dark themes;
     * {@code asciidoctor}: Asciidoctor's stock standalone pages.
     */
    @Parameter(property = "ormcompare.theme", defaultValue = SiteLook.ORMCOMPARE)
    private String theme;

    /** The site's name in the header and in every window title. */
    @Parameter(property = "ormcompare.siteName", defaultValue = "${project.name}")
    private String siteName;

    /** The version shown beside the site's name; empty for none. */
    @Parameter(property = "ormcompare.siteVersion", defaultValue = "${project.version}")
    private String siteVersion;

    /** An image of the site shown before its name, as a path from the site's root, e.g. {@code images/logo.svg}. */
    @Parameter(property = "ormcompare.logo")
    private String logo;

    /** The footer's text. */
    @Parameter(property = "ormcompare.footer", defaultValue = "Built with ormcompare")
    private String footer;

    /**
     * A stylesheet of the site loaded after the theme's, as a path from the site's root, e.g. {@code
     * css/site.css}: to change the theme's custom properties (see the docs' page "The documentation site") or add rules.
     */
    @Parameter(property = "ormcompare.stylesheet")
    private String stylesheet;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** This plugin as Maven loaded it: its version and its dependencies' jars. */
    PluginDescriptor plugin() {
        return plugin;
    }

    /** What rendering needs, from the parameters; a failure names the parameter that is wrong. */
    RenderSettings renderSettings() throws MojoFailureException {
        // What the user wrote is checked first, so that a mistake there is the one reported.
        FailOn failOn = failOn();
        Path source = requireSourceDirectory().toPath();
        SiteLook look = look();
        RenderSettings settings = new RenderSettings(baseDirectory().toPath(), source, outputDirectory.toPath(),
                catalogDirectory().toPath(), buildDirectory.toPath().resolve("ormcompare").resolve("render-state.txt"),
                pageSelection(), attributes(), PluginStamp.of(plugin), failOn, threads, look);
        String misplaced = OutputPlacement.problem(settings).orElse(null);
        if (misplaced != null) {
            throw new MojoFailureException(misplaced + "; set <outputDirectory> (or -Dormcompare.outputDirectory) to a "
                    + "folder of its own, outside the sources, such as ${project.build.directory}/site (the default)");
        }
        return settings;
    }

    private SiteLook look() throws MojoFailureException {
        String chosen = theme == null ? "" : theme.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals(SiteLook.ORMCOMPARE) && !chosen.equals(SiteLook.ASCIIDOCTOR)) {
            throw new MojoFailureException("theme '" + theme + "' is not a theme; set <theme> (or -Dormcompare.theme) to "
                    + SiteLook.ORMCOMPARE + " for a documentation site or " + SiteLook.ASCIIDOCTOR
                    + " for Asciidoctor's stock pages");
        }
        return new SiteLook(chosen, siteName == null ? "" : siteName, siteVersion, logo, footer, stylesheet);
    }
}
