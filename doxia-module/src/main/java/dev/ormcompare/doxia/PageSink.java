package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.TabsAssets;
import org.apache.maven.doxia.sink.Sink;

/**
 * Writes a converted page into Doxia's sink: the head the skin reads (title, authors, date and,
 * on a page with tabs, their CSS and script, once), then Asciidoctor's HTML as the body.
 */
final class PageSink {

    private final Sink sink;

    PageSink(Sink sink) {
        this.sink = sink;
    }

    void write(PageConversion page) {
        sink.head();
        sink.title();
        sink.text(page.title());
        sink.title_();
        for (String author : page.authors()) {
            sink.author();
            sink.text(author);
            sink.author_();
        }
        if (page.date() != null) {
            sink.date();
            sink.text(page.date());
            sink.date_();
        }
        if (page.showsTabs()) {
            // In the head, the script marks the page as scripted before the body paints: no tab flashes.
            sink.rawText("<style>" + TabsAssets.css() + "</style>\n");
            sink.rawText("<script>" + TabsAssets.script() + "</script>\n");
        }
        sink.head_();
        sink.rawText(page.body());
    }
}
