package dev.ormcompare.maven;

import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.site.OutputPlacement;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.EditLinkPattern;
import dev.ormcompare.site.RepositoryRoot;
import dev.ormcompare.site.SiteBranding;
import dev.ormcompare.site.SiteLink;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.SitePublishing;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The footer's text; by default a copyright line from the pom's {@code <inceptionYear>} and
     * {@code <organization><name>} ("© 2024 Acme"), else "Built with ormcompare".
     */
    @Parameter(property = "ormcompare.footer")
    private String footer;

    @Parameter(defaultValue = "${project.inceptionYear}", readonly = true)
    private String inceptionYear;

    @Parameter(defaultValue = "${project.organization.name}", readonly = true)
    private String organization;

    /** Links under the footer's text: {@code <footerLinks><link><text>Privacy</text><url>legal/privacy.html</url></link></footerLinks>}. */
    @Parameter
    private List<Link> footerLinks = List.of();

    /** Links in the header, as words (in the footer on narrow screens), written as {@code footerLinks} are. */
    @Parameter
    private List<Link> headerLinks = List.of();

    /**
     * The project's repository, linked in the header with an icon named after its host (GitHub, GitLab,
     * Bitbucket); by default the pom's {@code <scm><url>}. Empty for none.
     */
    @Parameter(property = "ormcompare.repositoryUrl", defaultValue = "${project.scm.url}")
    private String repositoryUrl;

    /** The team's chat (Discord, Zulip, Matrix, Slack...), linked in the header with a speech bubble. */
    @Parameter(property = "ormcompare.chatUrl")
    private String chatUrl;

    /**
     * An icon of the site, as a path from the site's root, e.g. {@code images/favicon.svg}: every page links it
     * from its own folder.
     */
    @Parameter(property = "ormcompare.favicon")
    private String favicon;

    /** The accent colour (links, focus rings, the current page) as CSS writes it, e.g. {@code #8a2be2}. */
    @Parameter(property = "ormcompare.accentColor")
    private String accentColor;

    /** The accent colour of the dark theme, light enough to read on its dark background; by default {@code accentColor}. */
    @Parameter(property = "ormcompare.accentColorDark")
    private String accentColorDark;

    /** More stylesheets of the site, loaded after the theme's and {@code stylesheet}, as paths from the site's root. */
    @Parameter
    private List<String> stylesheets = List.of();

    /** Scripts of the site, run on every page once it is read ({@code defer}), as paths from the site's root. */
    @Parameter
    private List<String> scripts = List.of();

    /**
     * The site's address, e.g. {@code https://acme.github.io/orm-docs/}; by default the pom's {@code <url>}. With
     * it the render writes {@code sitemap.xml}, {@code robots.txt}, and a canonical link and Open Graph tags in
     * every page, and the 404 page links from the address's path.
     */
    @Parameter(property = "ormcompare.siteUrl", defaultValue = "${project.url}")
    private String siteUrl;

    /**
     * Where a page's source can be edited, with {@code {path}} for its path from the repository's root, e.g.
     * {@code https://git.example.org/docs/-/edit/main/{path}}; by default made from {@code <scm><url>} on GitHub,
     * GitLab or Bitbucket and {@code editBranch}. Without either, pages have no edit link.
     */
    @Parameter(property = "ormcompare.editUrl")
    private String editUrl;

    /** The branch that edit links made from {@code <scm><url>} open. */
    @Parameter(property = "ormcompare.editBranch", defaultValue = "main")
    private String editBranch;

    /** {@code false} leaves the "Edit this page" link out of every page. */
    @Parameter(property = "ormcompare.editLinks", defaultValue = "true")
    private boolean editLinks;

    @Parameter(defaultValue = "${session.topLevelProject.basedir}", readonly = true)
    private File topProjectDirectory;

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
        SiteLook look = new SiteLook(chosen, siteName == null ? "" : siteName, siteVersion, logo, footerText(), stylesheet);
        return look.with(branding()).with(publishing());
    }

    /** The footer as set, else the copyright line the pom has the makings of. */
    private String footerText() {
        if (footer != null) {
            return footer;
        }
        String owner = organization == null ? "" : organization.strip();
        String year = inceptionYear == null ? "" : inceptionYear.strip();
        if (owner.isEmpty() && year.isEmpty()) {
            return "Built with ormcompare";
        }
        return ("© " + year + " " + owner).replace("  ", " ").strip();
    }

    private SiteBranding branding() throws MojoFailureException {
        try {
            return new SiteBranding(favicon, accentColor, accentColorDark, repositoryUrl, chatUrl,
                    links(headerLinks, "headerLinks"), links(footerLinks, "footerLinks"), paths(stylesheets), paths(scripts));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + "; see the docs' page \"The documentation site\"");
        }
    }

    private SitePublishing publishing() throws MojoFailureException {
        String pattern = "";
        if (editLinks) {
            pattern = editUrl != null && !editUrl.isBlank() ? editUrl
                    : EditLinkPattern.of(repositoryUrl, editBranch).orElse("");
        }
        Path repository = RepositoryRoot.of(baseDirectory().toPath(),
                topProjectDirectory == null ? null : topProjectDirectory.toPath());
        try {
            return new SitePublishing(siteUrl, pattern, RepositoryRoot.pathFrom(repository, sourceDirectory().toPath()));
        } catch (IllegalArgumentException e) {
            // The message starts with the parameter's name.
            String parameter = e.getMessage().startsWith("siteUrl") ? "siteUrl" : "editUrl";
            throw new MojoFailureException(e.getMessage() + " (set in <" + parameter + "> or -Dormcompare." + parameter
                    + (parameter.equals("siteUrl") ? ", by default the pom's <url>)" : ")"));
        }
    }

    private static List<SiteLink> links(List<Link> links, String parameter) throws MojoFailureException {
        List<SiteLink> siteLinks = new ArrayList<>();
        for (Link link : links == null ? List.<Link>of() : links) {
            if (link.getText() == null || link.getText().isBlank()) {
                throw new MojoFailureException("a link of <" + parameter + "> has no text; write each as <link><text>"
                        + "Privacy</text><url>legal/privacy.html</url></link>");
            }
            try {
                siteLinks.add(new SiteLink(link.getText(), link.getUrl()));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("<" + parameter + ">: " + e.getMessage());
            }
        }
        return siteLinks;
    }

    private static List<String> paths(List<String> paths) {
        return paths == null ? List.of() : paths.stream().filter(path -> path != null && !path.isBlank()).toList();
    }
}
