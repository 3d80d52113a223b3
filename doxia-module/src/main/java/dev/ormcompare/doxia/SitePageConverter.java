package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * Converts one page of a project's site with the build's one Asciidoctor, reports what Asciidoctor
 * logged, and hands the page's head and body to the site's sink: all that {@code AsciidocParser} does.
 */
final class SitePageConverter {

    private static final Logger LOGGER = LoggerFactory.getLogger(SitePageConverter.class);

    private SitePageConverter() {
    }

    static void convert(MavenProject project, Reader reader, Sink sink, String reference) throws ParseException {
        SitePage page = new SitePage(project.getBasedir().toPath(), reference);
        String notAPage = page.notAPage();
        if (notAPage != null) {
            LOGGER.warn("{} is {} but maven-site-plugin publishes it as a page; keep partials and hidden files out of "
                    + "the site with <moduleExcludes><asciidoc>{}</asciidoc></moduleExcludes> in maven-site-plugin's "
                    + "configuration", page.path(), notAPage, SitePage.NOT_PAGES_EXCLUDES);
        }
        SiteSettings settings = SiteSettings.read(project);
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
        new PageSink(sink).write(conversion);
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
