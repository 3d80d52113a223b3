package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.project.MavenProject;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import dev.ormcompare.asciidoctor.TabsAssets;
import dev.ormcompare.asciidoctor.settings.PomAttributes;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code <asciidoc>} configuration of maven-site-plugin, read as asciidoctor-converter-doxia-module
 * reads it (so that the same pom gives the same pages): {@code attributes}, {@code baseDir},
 * {@code templateDirs}, {@code requires}, {@code logHandler}, any other element as an Asciidoctor option,
 * and the project's properties as attributes. Ours alone: {@code failOn}. Attributes and {@code failOn} are
 * read as the ormcompare Maven plugin reads its own ({@link PomAttributes}, {@link LogSettings}).
 */
final class SiteSettings {

    private static final String SITE_PLUGIN_GROUP = "org.apache.maven.plugins";
    private static final String SITE_PLUGIN = "maven-site-plugin";
    /** Elements of {@code <asciidoc>} that are settings of their own, not Asciidoctor options. */
    private static final Set<String> NOT_OPTIONS = Set.of("attributes", "requires", "templateDirs", "template_dirs",
            "baseDir", LogSettings.LOG_HANDLER, LogSettings.FAIL_ON);

    private final Map<String, Object> attributes;
    private final Map<String, Object> options;
    private final File baseDir;
    private final List<File> templateDirs;
    private final List<String> requires;
    private final LogSettings log;

    private SiteSettings(Map<String, Object> attributes, Map<String, Object> options, File baseDir,
                         List<File> templateDirs, List<String> requires, LogSettings log) {
        this.attributes = attributes;
        this.options = options;
        this.baseDir = baseDir;
        this.templateDirs = templateDirs;
        this.requires = requires;
        this.log = log;
    }

    static SiteSettings read(MavenProject project) throws ParseException {
        Xpp3Dom siteConfiguration = (Xpp3Dom) project.getGoalConfiguration(SITE_PLUGIN_GROUP, SITE_PLUGIN, "site", "site");
        Xpp3Dom asciidoc = siteConfiguration == null ? null : siteConfiguration.getChild("asciidoc");
        File projectDirectory = project.getBasedir().getAbsoluteFile();

        Map<String, Object> defaults = new LinkedHashMap<>();
        // What the converter module sets: section ids without a prefix, and the page's title shown.
        defaults.put("idprefix", "@");
        defaults.put("showtitle", "@");
        project.getProperties().forEach((key, value) -> defaults.put(String.valueOf(key).replace('.', '-'), value));
        Map<String, String> pomAttributes = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        File baseDir = new File(siteDirectory(projectDirectory, siteConfiguration), SitePage.PAGES_FOLDER);
        List<File> templateDirs = new ArrayList<>();
        List<String> requires = new ArrayList<>();

        for (Xpp3Dom element : asciidoc == null ? new Xpp3Dom[0] : asciidoc.getChildren()) {
            String name = element.getName();
            switch (name) {
                case "attributes" -> {
                    for (Xpp3Dom attribute : element.getChildren()) {
                        pomAttributes.put(attribute.getName(), attribute.getValue());
                    }
                }
                case "requires" -> {
                    for (Xpp3Dom require : element.getChildren("require")) {
                        for (String library : String.valueOf(require.getValue()).split(",")) {
                            if (!library.isBlank() && !"null".equals(library.strip())) {
                                requires.add(library.strip());
                            }
                        }
                    }
                }
                case "templateDirs", "template_dirs" -> {
                    for (Xpp3Dom dir : element.getChildren("dir")) {
                        if (dir.getValue() != null && !dir.getValue().isBlank()) {
                            templateDirs.add(inProject(projectDirectory, dir.getValue().strip()));
                        }
                    }
                }
                case "baseDir" -> baseDir = inProject(projectDirectory, String.valueOf(element.getValue()).strip());
                default -> {
                    if (!NOT_OPTIONS.contains(name)) {
                        options.put(snakeCase(name), element.getValue());
                    }
                }
            }
        }
        Map<String, Object> attributes = PomAttributes.over(defaults, pomAttributes);
        // The tabs' CSS and script go in the page's head (PageSink), not inline in its body.
        attributes.put(TabsAssets.ATTRIBUTE, TabsAssets.LINKED);
        return new SiteSettings(attributes, options, baseDir.getAbsoluteFile(), templateDirs, List.copyOf(requires),
                LogSettings.read(asciidoc));
    }

    /** A fresh set of options for one conversion: Asciidoctor keeps what it is given. */
    Options options() {
        AttributesBuilder attributeValues = Attributes.builder();
        attributes.forEach(attributeValues::attribute);
        OptionsBuilder builder = Options.builder()
                .backend("xhtml")
                .safe(SafeMode.UNSAFE)
                .baseDir(baseDir);
        if (!templateDirs.isEmpty()) {
            builder.templateDirs(templateDirs.toArray(File[]::new));
        }
        options.forEach(builder::option);
        return builder.attributes(attributeValues.build()).build();
    }

    List<String> requires() {
        return requires;
    }

    LogSettings log() {
        return log;
    }

    // src/site, or <siteDirectory>, and the first of <locales> if any, as the site plugin reads them.
    private static File siteDirectory(File projectDirectory, Xpp3Dom siteConfiguration) {
        String directory = childValue(siteConfiguration, "siteDirectory");
        File site = inProject(projectDirectory, directory == null ? "src/site" : directory);
        String locales = childValue(siteConfiguration, "locales");
        return locales == null ? site : new File(site, locales.split(",")[0].strip());
    }

    private static String childValue(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent == null ? null : parent.getChild(name);
        return child == null || child.getValue() == null || child.getValue().isBlank() ? null : child.getValue().strip();
    }

    private static File inProject(File projectDirectory, String path) {
        File file = new File(path);
        return (file.isAbsolute() ? file : new File(projectDirectory, path)).toPath().normalize().toFile();
    }

    /** {@code sourceHighlighter} becomes the option {@code source_highlighter}. */
    private static String snakeCase(String name) {
        return name.replaceAll("(?<!_)([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
