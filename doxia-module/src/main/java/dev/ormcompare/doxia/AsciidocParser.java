package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.AbstractTextParser;
import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Properties;

/**
 * The Doxia parser of AsciiDoc pages, as the site plugin finds it: {@link SitePageConverter} does the work.
 *
 * <p>This class and {@link AsciidocParserModule} are compiled for Java 11 (see the pom): Maven 3.6 and 3.8
 * find components by reading their class files with a Sisu that reads Java 14's at the newest and skips
 * newer ones without a word, which left the site with no AsciiDoc page. So this class also loads where the
 * rest of the module cannot run, and says so instead of leaving a page out.
 */
@Named(AsciidocParser.ID)
@Singleton
public final class AsciidocParser extends AbstractTextParser {

    /**
     * The parser id, the same as asciidoctor-converter-doxia-module's: a site's {@code moduleExcludes}
     * and {@code parserConfigurations} keep working after the switch.
     */
    static final String ID = "asciidoc";

    private static final String SITE_PLUGIN = "org.apache.maven.plugins:maven-site-plugin";

    // A provider: Doxia keeps one parser for the build, and each module of a reactor is a project of its own.
    private final Provider<MavenProject> project;

    @Inject
    public AsciidocParser(Provider<MavenProject> project) {
        this.project = project;
    }

    @Override
    public void parse(Reader reader, Sink sink, String reference) throws ParseException {
        MavenProject current = project.get();
        try {
            SitePageConverter.convert(current, reader, getWrappedSink(sink), reference);
        } catch (LinkageError e) {
            // Doxia 1 (maven-site-plugin before 3.21) lacks what the module calls; a Java before 17 cannot load it.
            // The error's text goes into the message: Doxia 1's ParseException takes no cause of this kind.
            throw new ParseException("ormcompare-doxia-module cannot run in this build: it needs maven-site-plugin "
                    + "3.21.0 or later and Java 17 or later, and this build runs maven-site-plugin "
                    + sitePluginVersion(current) + " on Maven " + mavenVersion() + " and Java "
                    + System.getProperty("java.version") + "; set maven-site-plugin's <version> to 3.21.0 or later "
                    + "(Maven 3 takes an older one when the pom names none) and run Maven with Java 17 or later ("
                    + e + ")");
        }
    }

    private static String sitePluginVersion(MavenProject project) {
        Plugin plugin = project.getPlugin(SITE_PLUGIN);
        return plugin == null || plugin.getVersion() == null ? "(the default of this Maven)" : plugin.getVersion();
    }

    // As Maven's RuntimeInformation reads it: from the maven-core jar this Maven runs.
    private static String mavenVersion() {
        try (InputStream in = MavenProject.class.getResourceAsStream("/META-INF/maven/org.apache.maven/maven-core/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
