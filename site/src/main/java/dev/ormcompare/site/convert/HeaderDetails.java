package dev.ormcompare.site.convert;

import org.asciidoctor.ast.Author;
import org.asciidoctor.ast.Document;

import java.util.Locale;

/**
 * The line under a page's title that Asciidoctor writes in a standalone page and leaves out of the
 * embedded body a site puts in its own page: authors (with their email), revision number, date and
 * remark, in Asciidoctor's markup, so that its stylesheets and ours style it alike.
 */
final class HeaderDetails {

    private static final String TITLE_END = "</h1>";

    private HeaderDetails() {
    }

    /** The body with the details after its title; as it is when it has no title or the header has no details. */
    static String after(String body, Document document) {
        int end = body.startsWith("<h1") ? body.indexOf(TITLE_END) : -1;
        if (end < 0 || !document.hasAttribute("doctitle")) {
            return body;
        }
        String details = of(document);
        if (details.isEmpty()) {
            return body;
        }
        int at = end + TITLE_END.length();
        return body.substring(0, at) + "\n" + details + body.substring(at);
    }

    /** Values come from the header, where Asciidoctor already escaped them; so they are not escaped again. */
    private static String of(Document document) {
        StringBuilder html = new StringBuilder();
        int index = 1;
        for (Author author : document.getAuthors()) {
            String suffix = index > 1 ? Integer.toString(index) : "";
            html.append("<span id=\"author").append(suffix).append("\" class=\"author\">").append(author.getFullName())
                    .append("</span><br>\n");
            if (author.getEmail() != null && !author.getEmail().isEmpty()) {
                html.append("<span id=\"email").append(suffix).append("\" class=\"email\"><a href=\"mailto:")
                        .append(author.getEmail()).append("\">").append(author.getEmail()).append("</a></span><br>\n");
            }
            index++;
        }
        if (document.hasAttribute("revnumber")) {
            html.append("<span id=\"revnumber\">")
                    .append(text(document, "version-label").toLowerCase(Locale.ROOT)).append(' ')
                    .append(text(document, "revnumber")).append(document.hasAttribute("revdate") ? "," : "")
                    .append("</span>\n");
        }
        if (document.hasAttribute("revdate")) {
            html.append("<span id=\"revdate\">").append(text(document, "revdate")).append("</span>\n");
        }
        if (document.hasAttribute("revremark")) {
            html.append("<br><span id=\"revremark\">").append(text(document, "revremark")).append("</span>\n");
        }
        return html.isEmpty() ? "" : "<div class=\"details\">\n" + html + "</div>";
    }

    private static String text(Document document, String name) {
        Object value = document.getAttribute(name);
        return value == null ? "" : value.toString();
    }
}
