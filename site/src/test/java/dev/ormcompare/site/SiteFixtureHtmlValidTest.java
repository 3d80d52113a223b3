package dev.ormcompare.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the rendered fixture site passes the Nu HTML checker (vnu, the W3C's HTML checker)
 * without an error. Its warnings (advice, such as an unneeded {@code type} attribute) are not counted.
 */
class SiteFixtureHtmlValidTest {

    /** The schema vnu checks HTML documents against by default; bundled in its jar, read offline. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path directory;

    @BeforeAll
    static void render() throws Exception {
        try (WarmConverters converters = new WarmConverters()) {
            SiteRenderer.Outcome outcome = SiteFixture.copyInto(new DocsProject(directory, converters)).render();
            assertThat(outcome.problems()).as("problems rendering the fixture").isEmpty();
        }
    }

    /** The errors vnu finds in each page of {@code site}, as "page:line:column: message". */
    static List<String> errorsIn(Path site, List<String> pages) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        return errors.found;
    }

    @Test
    void everyPageHasNoHtmlErrors() throws Exception {
        assertThat(errorsIn(directory.resolve("target/site"), SiteFixture.NAV_ORDER)).as("vnu errors").isEmpty();
    }

    /** So that a checker that checks nothing cannot pass the test above. */
    @Test
    void theCheckerFindsTheErrorsOfABrokenPage() throws Exception {
        Path broken = directory.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html>\n<html lang=\"en\"><title>x</title>\n<ul><div id=\"a\"></div></ul>\n"
                + "<p id=\"a\">twice</p>\n");

        assertThat(errorsIn(directory, List.of("broken.html"))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(error -> assertThat(error).startsWith("broken.html:"));
    }

    /** Keeps every error as "page:line:column: message". */
    private static final class Errors implements ErrorHandler {

        private final List<String> found = new ArrayList<>();
        private String page = "(schema)";

        @Override
        public void warning(SAXParseException exception) {
            // advice, not an error
        }

        @Override
        public void error(SAXParseException exception) {
            found.add(page + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": "
                    + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
