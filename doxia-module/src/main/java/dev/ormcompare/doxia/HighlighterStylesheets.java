package dev.ormcompare.doxia;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * The stylesheet that colours Rouge's token classes ({@code <span class="k">}) on a page that Rouge
 * highlighted. Asciidoctor writes it only into a standalone page's head, and a site page is converted
 * embedded: so it is taken from a small standalone page with the same Rouge style, once per style.
 *
 * <p>Only the style's light colours: Fluido (2.1) has no dark scheme, so a dark theme under
 * {@code prefers-color-scheme: dark} would put light code on Fluido's light page.
 */
final class HighlighterStylesheets {

    private static final String ROUGE = "rouge";
    /** The class Asciidoctor gives a listing that Rouge highlighted. */
    private static final String ROUGE_LISTING = "<pre class=\"rouge highlight";
    private static final String SAMPLE = "[source,text]\n----\nx\n----\n";

    private final Asciidoctor asciidoctor;
    private final Map<String, String> byStyle = new HashMap<>();

    HighlighterStylesheets(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
    }

    /**
     * The CSS {@code document}'s body needs for its highlighted code, or null when it needs none (no
     * listing highlighted by Rouge, or {@code rouge-css=style}, which writes the colours into the spans).
     */
    String forPage(Document document, String body) {
        if (!ROUGE.equals(document.getAttribute("source-highlighter")) || !body.contains(ROUGE_LISTING)
                || "style".equals(document.getAttribute("rouge-css"))) {
            return null;
        }
        Object style = document.getAttribute("rouge-style");
        return byStyle.computeIfAbsent(style == null ? "" : style.toString(), this::read);
    }

    // The <style> Rouge gives a standalone page's head, where the page has no stylesheet of Asciidoctor's.
    private String read(String style) {
        Attributes attributes = Attributes.builder()
                .attribute("source-highlighter", ROUGE)
                .attribute("stylesheet!", "")
                .attribute("linkcss!", "")
                .build();
        if (!style.isEmpty()) {
            attributes.setAttribute("rouge-style", style);
        }
        String page = asciidoctor.convert(SAMPLE, Options.builder().standalone(true).safe(SafeMode.UNSAFE)
                .attributes(attributes).build());
        return Jsoup.parse(page).select("head style").stream().map(Element::data)
                .filter(css -> css.contains("pre.rouge")).findFirst().map(String::strip).orElse(null);
    }
}
