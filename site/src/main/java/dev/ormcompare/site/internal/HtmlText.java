package dev.ormcompare.site.internal;

import org.jsoup.Jsoup;

/**
 * The text a reader sees in a piece of HTML that Asciidoctor converted (a title with markup,
 * entities, a passthrough), read with a real HTML parser as a browser reads it: never a pattern that
 * strips tags, which half-open markup ({@code <x y=">" <img ...}) gets past. Plain text, to be
 * escaped wherever it is put into HTML again.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
