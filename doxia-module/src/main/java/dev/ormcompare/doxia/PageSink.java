package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.TabsAssets;
import org.apache.maven.doxia.markup.HtmlMarkup;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes a converted page into Doxia's sink: the head the skin reads (title, authors, date, the
 * highlighter's CSS on a page with highlighted code and, on a page with tabs, their CSS and script,
 * once), then Asciidoctor's HTML as the body.
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
        if (page.highlighterCss() != null) {
            writeStylesheet(page.highlighterCss());
        }
        if (page.showsTabs()) {
            writeTabsAssets();
        }
        sink.head_();
        sink.rawText(page.body());
    }

    /*
     * Doxia's HTML sinks keep text written in the head for the title, authors and date only, and
     * write elements with attributes: so the CSS and script are elements whose address holds
     * them. In the head, the script marks the page as scripted before the body paints, so no
     * tab flashes; the site needs no file of ours.
     */
    private void writeTabsAssets() {
        writeStylesheet(TabsAssets.css());
        SinkEventAttributeSet script = new SinkEventAttributeSet();
        script.addAttribute("src", dataUri("text/javascript", TabsAssets.script()));
        sink.unknown("script", new Object[] {HtmlMarkup.TAG_TYPE_START}, script);
        sink.unknown("script", new Object[] {HtmlMarkup.TAG_TYPE_END}, null);
    }

    private void writeStylesheet(String css) {
        SinkEventAttributeSet stylesheet = new SinkEventAttributeSet();
        stylesheet.addAttribute("rel", "stylesheet");
        stylesheet.addAttribute("href", dataUri("text/css", css));
        sink.unknown("link", new Object[] {HtmlMarkup.TAG_TYPE_SIMPLE}, stylesheet);
    }

    private static String dataUri(String type, String content) {
        return "data:" + type + ";charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }
}
