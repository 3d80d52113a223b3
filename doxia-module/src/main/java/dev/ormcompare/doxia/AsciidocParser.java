package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.AbstractTextParser;
import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * The Doxia parser of AsciiDoc pages: converts a page with the build's one Asciidoctor, reports
 * what Asciidoctor logged, and hands the page's head and body to the site's sink.
 */
@Named(AsciidocParser.ID)
@Singleton
public final class AsciidocParser extends AbstractTextParser {

    /**
     * The parser id, the same as asciidoctor-converter-doxia-module's: a site's {@code moduleExcludes}
     * and {@code parserConfigurations} keep working after the switch.
     */
    static final String ID = "asciidoc";

    private static final Logger LOGGER = LoggerFactory.getLogger(AsciidocParser.class);

    // A provider: Doxia keeps one parser for the build, and each module of a reactor is a project of its own.
    private final Provider<MavenProject> project;

    @Inject
    public AsciidocParser(Provider<MavenProject> project) {
        this.project = project;
    }

    @Override
    public void parse(Reader reader, Sink sink, String reference) throws ParseException {
        MavenProject current = project.get();
        SitePage page = new SitePage(current.getBasedir().toPath(), reference);
        String notAPage = page.notAPage();
        if (notAPage != null) {
            LOGGER.warn("{} is {} but maven-site-plugin publishes it as a page; keep partials and hidden files out of "
                    + "the site with <moduleExcludes><asciidoc>{}</asciidoc></moduleExcludes> in maven-site-plugin's "
                    + "configuration", page.path(), notAPage, SitePage.NOT_PAGES_EXCLUDES);
        }
        SiteSettings settings = SiteSettings.read(current);
        PageConversion conversion;
        try {
            conversion = SharedAsciidoctor.instance().convert(read(reader, page), settings);
        } catch (RuntimeException e) {
            // A library in <requires> that is not there, a broken template: no page to show.
            throw new ParseException(page.path() + ": Asciidoctor could not convert the page: " + e.getMessage()
                    + " (check <requires> and <templateDirs> in the site plugin's <asciidoc> configuration)",
                    e, page.path(), 0, 0);
        }
        new ConversionLog(settings.log(), page, LOGGER).report(conversion.records());
        new PageSink(getWrappedSink(sink)).write(conversion);
    }

    private static String read(Reader reader, SitePage page) throws ParseException {
        StringWriter source = new StringWriter();
        try {
            reader.transferTo(source);
        } catch (IOException e) {
            throw new ParseException(page.path() + ": cannot read the page: " + e.getMessage(), e);
        }
        return source.toString();
    }
}
