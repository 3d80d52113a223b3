package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.TabsAssets;
import org.asciidoctor.ast.Author;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;

import java.util.List;

/**
 * A converted page: what its head shows (title, authors, date, as the converter module gives
 * them to the skin), its body's HTML, whether it shows tabs, and what Asciidoctor logged for it.
 */
record PageConversion(String title, List<String> authors, String date, String body, boolean showsTabs,
                      List<LogRecord> records) {

    static PageConversion of(Document document, String body, List<LogRecord> records) {
        String title = document.getDoctitle();
        String revisionDate = document.getRevisionInfo().getDate();
        Object date = revisionDate != null ? revisionDate : document.getAttribute("docdatetime");
        return new PageConversion(title == null ? "[Untitled]" : title,
                document.getAuthors().stream().map(Author::toString).toList(),
                date == null ? null : date.toString(), body, TabsAssets.neededBy(document), List.copyOf(records));
    }
}
