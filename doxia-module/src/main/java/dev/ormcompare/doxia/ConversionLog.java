package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.settings.FailOn;
import org.apache.maven.doxia.parser.ParseException;
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
            // Maven shows this after "Error parsing '<the page's absolute path>', line N: ".
            String what = failing.size() == 1 ? "1 Asciidoctor message " : failing.size() + " Asciidoctor messages, the first ";
            throw new ParseException(what + settings.describe() + ": " + location(first) + withoutFullStop(first.getMessage())
                    + "; fix the page, or set <failOn> in maven-site-plugin's <asciidoc> configuration ("
                    + FailOn.NONE + " only logs them)", null, page.path(), aboutThePage(first) ? line(first) : 0, 0);
        }
    }

    /** E.g. "asciidoctor: ERROR: src/site/asciidoc/index.adoc: line 5: unknown ORM 'djano'; ...". */
    String format(LogRecord record) {
        return "asciidoctor: " + record.getSeverity() + ": " + location(record) + record.getMessage();
    }

    /** E.g. "src/site/asciidoc/index.adoc: line 5: ": the page, or the included file the message is about. */
    private String location(LogRecord record) {
        String file = aboutThePage(record) ? page.path() : page.display(record.getCursor().getFile());
        return file + ": " + (line(record) > 0 ? "line " + line(record) + ": " : "");
    }

    // The site renderer hands Asciidoctor the page's text, not its file: a cursor without a file is in the page.
    private static boolean aboutThePage(LogRecord record) {
        return record.getCursor() == null || record.getCursor().getFile() == null;
    }

    private static String withoutFullStop(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
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
