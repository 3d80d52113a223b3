package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Matrix;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coverage matrix as output: an HTML table whose cells {@link #link} turns into links to the
 * page's tabs, or an AsciiDoc table for backends without HTML.
 */
final class MatrixMarkup {

    static final String ROLE = "ormcompare-matrix";
    static final String MARK = "\u2713";
    static final String NONE = "\u2013";

    private static final Pattern CELL = Pattern.compile(
            "<span class=\"ormcompare-cell\" data-cell=\"([\\w-]+)/([\\w-]+)\">(.*?)</span>");

    private MatrixMarkup() {
    }

    /** ORMs down, topics across: a catalog has more ORMs than topics, and a column per ORM would not fit. */
    static String html(Matrix matrix, String caption) {
        StringBuilder html = new StringBuilder("<div class=\"ormcompare-matrix\"><table class=\"tableblock frame-all "
                + "grid-all stretch\">");
        if (!caption.isEmpty()) {
            html.append("<caption class=\"title\">").append(Html.escape(caption)).append("</caption>");
        }
        html.append("<thead><tr><th class=\"tableblock\" scope=\"col\">ORM</th>");
        for (Topic topic : matrix.topics()) {
            html.append("<th class=\"tableblock\" scope=\"col\">").append(Html.escape(topic.title())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Orm orm : matrix.orms()) {
            html.append("<tr><th class=\"tableblock\" scope=\"row\">").append(Html.escape(orm.name())).append("</th>");
            for (Topic topic : matrix.topics()) {
                html.append("<td class=\"tableblock halign-center\">");
                Optional<Snippet> snippet = matrix.cell(topic, orm);
                if (snippet.isPresent()) {
                    html.append("<span class=\"ormcompare-cell\" data-cell=\"").append(topic.id()).append('/')
                            .append(orm.id()).append("\">").append(Html.escape(text(snippet.get()))).append("</span>");
                } else {
                    html.append("<span title=\"no snippet\">").append(NONE).append("</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    /**
     * Links each cell to the panel showing that topic and ORM, where the page has one.
     *
     * @param panelIds panel id by {@code topic/orm}
     */
    static String link(String html, java.util.Map<String, String> panelIds) {
        Matcher cell = CELL.matcher(html);
        StringBuilder linked = new StringBuilder();
        while (cell.find()) {
            String panel = panelIds.get(cell.group(1) + "/" + cell.group(2));
            String replacement = panel == null ? cell.group(0)
                    : "<a class=\"ormcompare-cell\" href=\"#" + Html.escape(panel) + "\">" + cell.group(3) + "</a>";
            cell.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        return cell.appendTail(linked).toString();
    }

    /** The same table in AsciiDoc, for DocBook, PDF and the like. */
    static List<String> asciidoc(Matrix matrix) {
        List<String> lines = new ArrayList<>();
        lines.add("[cols=\"2" + ",1".repeat(matrix.topics().size()) + "\",options=\"header\",role=\"" + ROLE + "\"]");
        lines.add("|===");
        StringBuilder header = new StringBuilder("| ORM");
        matrix.topics().forEach(topic -> header.append(" | ").append(literal(topic.title())));
        lines.add(header.toString());
        for (Orm orm : matrix.orms()) {
            StringBuilder row = new StringBuilder("| ").append(literal(orm.name()));
            for (Topic topic : matrix.topics()) {
                row.append(" | ").append(matrix.cell(topic, orm).map(s -> literal(text(s))).orElse(NONE));
            }
            lines.add(row.toString());
        }
        lines.add("|===");
        return lines;
    }

    private static String text(Snippet snippet) {
        return snippet.hasNote() ? Matrix.shortNote(snippet.note()) : MARK;
    }

    /**
     * Text shown as is in every backend: escaped and passed through as written (a literal passthrough
     * would end at a trailing backslash and let a {@code pass:[]} in the text through raw). The cell
     * separator goes as its character reference, so the table parser never sees it.
     */
    private static String literal(String text) {
        return Html.literalTitle(text).replace("|", "&#124;");
    }
}
