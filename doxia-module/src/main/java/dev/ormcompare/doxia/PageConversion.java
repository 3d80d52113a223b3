package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.TabsAssets;
import org.asciidoctor.ast.Author;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;

import java.util.List;

/**
 * A converted page: what its head shows (title, authors, date, as the converter module gives
 * them to the skin), its body's HTML, whether it shows tabs, the CSS of its highlighted code (null
 * when it needs none), and what Asciidoctor logged for it.
 * The head's values are plain text: the sink escapes them.
 */
record PageConversion(String title, List<String> authors, String date, String body, boolean showsTabs,
                      String highlighterCss, List<LogRecord> records) {

    static PageConversion of(Document document, String body, String highlighterCss, List<LogRecord> records) {
        String title = document.getDoctitle();
        String revisionDate = document.getRevisionInfo().getDate();
        Object date = revisionDate != null ? revisionDate : document.getAttribute("docdatetime");
        return new PageConversion(title == null ? "[Untitled]" : text(title),
                document.getAuthors().stream().map(Author::toString).toList(),
                date == null ? null : date.toString(), body, TabsAssets.neededBy(document),
                highlighterCss, List.copyOf(records));
    }

    // Asciidoctor's title is HTML ("Tom &amp; Jerry"): its text, read as a browser reads it, is what the
    // sink escapes once. A pattern that strips tags would let half-open markup through.
    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
