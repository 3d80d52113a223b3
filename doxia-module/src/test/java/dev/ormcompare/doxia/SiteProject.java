package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.siterenderer.DocumentRenderingContext;
import org.apache.maven.doxia.siterenderer.sink.SiteRendererSink;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Maven project in a folder, with maven-site-plugin configured as a test asks, whose AsciiDoc
 * pages the parser renders into the site plugin's own sink.
 */
final class SiteProject {

    private final Path directory;
    private final MavenProject project;

    SiteProject(Path directory, String asciidocConfiguration) {
        this.directory = directory;
        Model model = new Model();
        model.setGroupId("dev.ormcompare.test");
        model.setArtifactId("site");
        model.setVersion("1.0");
        Plugin sitePlugin = new Plugin();
        sitePlugin.setGroupId("org.apache.maven.plugins");
        sitePlugin.setArtifactId("maven-site-plugin");
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        if (asciidocConfiguration != null) {
            configuration.addChild(xml("<asciidoc>" + asciidocConfiguration + "</asciidoc>"));
        }
        sitePlugin.setConfiguration(configuration);
        Build build = new Build();
        build.addPlugin(sitePlugin);
        model.setBuild(build);
        project = new MavenProject(model);
        project.setFile(directory.resolve("pom.xml").toFile());
    }

    MavenProject project() {
        return project;
    }

    /** Writes a file under src/site/asciidoc, e.g. a partial that pages include. */
    SiteProject file(String path, String content) throws IOException {
        Path file = directory.resolve("src/site/asciidoc").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return this;
    }

    /** Renders {@code source} as the page {@code src/site/asciidoc/<path>}, as the site renderer does. */
    SiteRendererSink render(String path, String source) throws ParseException, IOException {
        file(path, source);
        SiteRendererSink sink = new SiteRendererSink(
                new DocumentRenderingContext(directory.resolve("src/site/asciidoc").toFile(), "src/site/asciidoc", path, "asciidoc", "adoc", false));
        new AsciidocParser(() -> project).parse(new StringReader(source), sink, "src/site/asciidoc/" + path);
        sink.flush();
        return sink;
    }

    private static Xpp3Dom xml(String text) {
        try {
            return org.codehaus.plexus.util.xml.Xpp3DomBuilder.build(new StringReader(text));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + text, e);
        }
    }
}
