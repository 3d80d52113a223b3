package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.AbstractTextParser;
import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.project.MavenProject;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import java.io.Reader;

/**
 * The Doxia parser of AsciiDoc pages, as the site plugin finds it: {@link SitePageConverter} does the work.
 *
 * <p>This class and {@link AsciidocParserModule} are compiled for Java 11 (see the pom): Maven 3.6 and 3.8
 * find components by reading their class files with a Sisu that reads Java 14's at the newest and skips
 * newer ones without a word, which left the site with no AsciiDoc page.
 */
@Named(AsciidocParser.ID)
@Singleton
public final class AsciidocParser extends AbstractTextParser {

    /**
     * The parser id, the same as asciidoctor-converter-doxia-module's: a site's {@code moduleExcludes}
     * and {@code parserConfigurations} keep working after the switch.
     */
    static final String ID = "asciidoc";

    // A provider: Doxia keeps one parser for the build, and each module of a reactor is a project of its own.
    private final Provider<MavenProject> project;

    @Inject
    public AsciidocParser(Provider<MavenProject> project) {
        this.project = project;
    }

    @Override
    public void parse(Reader reader, Sink sink, String reference) throws ParseException {
        SitePageConverter.convert(project.get(), reader, getWrappedSink(sink), reference);
    }
}
