package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.ParseException;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.slf4j.Logger;

import java.util.List;

/**
 * Reports what Asciidoctor logged for a page, each message with the page's path (or the included
 * file's) and line, and fails the page when {@link LogSettings} says a message must.
 */
final class ConversionLog {

    private final LogSettings settings;
    private final SitePage page;
    private final Logger logger;

    ConversionLog(LogSettings settings, SitePage page, Logger logger) {
        this.settings = settings;
        this.page = page;
        this.logger = logger;
    }

    void report(List<LogRecord> records) throws ParseException {
        List<LogRecord> failing = records.stream().filter(settings::fails).toList();
        for (LogRecord record : records) {
            // A message that fails the build is always shown: it says what to fix.
            if (settings.outputToConsole() || failing.contains(record)) {
                log(record);
            }
        }
        if (!failing.isEmpty()) {
            LogRecord first = failing.get(0);
            throw new ParseException(page.path() + ": " + failing.size() + " Asciidoctor message(s) " + settings.describe()
                    + ", the first: " + format(first) + ". Fix the page, or set <failOn> in the <asciidoc> configuration of "
                    + "maven-site-plugin (" + LogSettings.NONE + " only logs them)", null, page.path(), line(first), 0);
        }
    }

    /** E.g. "asciidoctor: ERROR: src/site/asciidoc/index.adoc: line 5: unknown ORM 'djano'; ...". */
    String format(LogRecord record) {
        Cursor cursor = record.getCursor();
        String file = cursor == null || cursor.getFile() == null ? page.path() : page.display(cursor.getFile());
        String line = line(record) > 0 ? "line " + line(record) + ": " : "";
        return "asciidoctor: " + record.getSeverity() + ": " + file + ": " + line + record.getMessage();
    }

    private void log(LogRecord record) {
        String message = format(record);
        switch (record.getSeverity()) {
            case ERROR, FATAL -> logger.error(message);
            case WARN -> logger.warn(message);
            default -> logger.info(message);
        }
    }

    private static int line(LogRecord record) {
        return record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
    }
}
