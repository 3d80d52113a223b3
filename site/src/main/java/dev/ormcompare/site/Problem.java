package dev.ormcompare.site;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;

/**
 * One message Asciidoctor (or ormcompare inside it) logged while reading a page, with where it
 * points: a page, an included file or a catalog file.
 *
 * @param file    the file it points at; the page being read when Asciidoctor gave no location
 * @param line    the 1-based line, or 0 when unknown
 */
public record Problem(Severity severity, Path file, int line, String message) {

    public static Problem of(LogRecord record, Path page) {
        Cursor cursor = record.getCursor();
        if (cursor == null || cursor.getFile() == null) {
            return new Problem(record.getSeverity(), page, 0, record.getMessage());
        }
        return new Problem(record.getSeverity(), Path.of(cursor.getFile()), cursor.getLineNumber(), record.getMessage());
    }

    public boolean atLeast(Severity threshold) {
        return severity.ordinal() >= threshold.ordinal();
    }

    /** {@code src/docs/asciidoc/guide.adoc:12: unknown ORM 'djano'; ...}, the path relative to {@code base}. */
    public String describe(Path base) {
        Path shown = file.isAbsolute() && file.startsWith(base) ? base.relativize(file) : file;
        return shown + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
