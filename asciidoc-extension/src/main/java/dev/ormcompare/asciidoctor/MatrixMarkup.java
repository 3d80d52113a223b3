package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Cell;
import dev.ormcompare.catalog.Gap;
import dev.ormcompare.catalog.Matrix;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coverage matrix as output: an HTML table whose cells {@link #link} turns into links to the
 * page's tabs, or an AsciiDoc table for backends without HTML. A topic per row, in groups; an ORM per
 * column: a catalog tree has far more topics than ORMs, and a phone scrolls a long table better than
 * a wide one. In HTML the table scrolls inside its box with its header row and topic column in view.
 */
final class MatrixMarkup {

    static final String ROLE = "ormcompare-matrix";
    static final String MARK = "\u2713";
    static final String GAP = "\u2717";
    static final String NONE = "\u2013";

    private static final Pattern CELL = Pattern.compile(
            "<span class=\"ormcompare-cell\" data-cell=\"([^\"]+)\">(.*?)</span>");

    private MatrixMarkup() {
    }

    static String html(Matrix matrix, String caption) {
        String label = caption.isEmpty() ? "Topics and ORMs" : caption;
        // Focusable, so that a keyboard can scroll it; a labelled region, so that the stop has a name.
        StringBuilder html = new StringBuilder("<div class=\"ormcompare-matrix\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(Html.escape(label)).append("\"><table class=\"tableblock frame-all grid-all stretch\">");
        if (!caption.isEmpty()) {
            html.append("<caption class=\"title\">").append(Html.escape(caption)).append("</caption>");
        }
        html.append("<thead><tr><th class=\"tableblock\" scope=\"col\">Topic</th>");
        for (Orm orm : matrix.orms()) {
            html.append("<th class=\"tableblock\" scope=\"col\">");
            String name = Html.escape(orm.name());
            html.append(orm.about().docs().isEmpty() ? name
                    : "<a href=\"" + Html.escape(orm.about().docs()) + "\">" + name + "</a>");
            if (!orm.about().paradigm().isEmpty()) {
                html.append("<br><small>").append(Html.escape(orm.about().paradigm())).append("</small>");
            }
            html.append("</th>");
        }
        html.append("</tr></thead>");
        boolean grouped = matrix.topicsByGroup().size() > 1;
        for (Map.Entry<String, List<Topic>> group : matrix.topicsByGroup().entrySet()) {
            html.append("<tbody>");
            if (grouped) {
                html.append("<tr class=\"ormcompare-group\"><th class=\"tableblock\" scope=\"colgroup\" colspan=\"")
                        .append(matrix.orms().size() + 1).append("\">")
                        .append(Html.escape(group.getKey().isEmpty() ? "Other topics" : group.getKey())).append("</th></tr>");
            }
            for (Topic topic : group.getValue()) {
                appendRow(html, matrix, topic);
            }
            html.append("</tbody>");
        }
        return html.append("</table></div>").toString();
    }

    private static void appendRow(StringBuilder html, Matrix matrix, Topic topic) {
        html.append("<tr><th class=\"tableblock\" scope=\"row\">").append(Html.escape(topic.title())).append("</th>");
        for (Orm orm : matrix.orms()) {
            html.append("<td class=\"tableblock halign-center\">");
            Optional<Cell> cell = matrix.cell(topic, orm);
            if (cell.isPresent() && cell.get() instanceof Snippet snippet) {
                html.append("<span class=\"ormcompare-cell\" data-cell=\"").append(cellKey(topic.qualifiedId(), orm.id()))
                        .append("\">").append(Html.escape(text(snippet))).append("</span>");
            } else if (cell.isPresent()) {
                String reason = ((Gap) cell.get()).reason();
                html.append("<span class=\"ormcompare-gap\"><span aria-hidden=\"true\">").append(GAP)
                        .append("</span> ").append(Html.escape(Matrix.shortNote(reason))).append("</span>");
            } else {
                html.append("<span title=\"no snippet\">").append(NONE).append("</span>");
            }
            html.append("</td>");
        }
        html.append("</tr>");
    }

    /**
     * Links each cell to the panel showing that topic and ORM, where the page has one.
     *
     * @param panelIds panel id by {@link #cellKey}
     */
    static String link(String html, Map<String, String> panelIds) {
        Matcher cell = CELL.matcher(html);
        StringBuilder linked = new StringBuilder();
        while (cell.find()) {
            String panel = panelIds.get(cell.group(1));
            String replacement = panel == null ? cell.group(0)
                    : "<a class=\"ormcompare-cell\" href=\"#" + Html.escape(panel) + "\">" + cell.group(2) + "</a>";
            cell.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        return cell.appendTail(linked).toString();
    }

    /** How a cell is named in the table's markup: the topic's qualified id and the ORM's id, escaped. */
    static String cellKey(String qualifiedTopicId, String ormId) {
        return Html.escape(qualifiedTopicId) + "|" + Html.escape(ormId);
    }

    /** The same table in AsciiDoc, for DocBook, PDF and the like. */
    static List<String> asciidoc(Matrix matrix) {
        List<String> lines = new ArrayList<>();
        lines.add("[cols=\"2" + ",1".repeat(matrix.orms().size()) + "\",options=\"header\",role=\"" + ROLE + "\"]");
        lines.add("|===");
        StringBuilder header = new StringBuilder("| Topic");
        matrix.orms().forEach(orm -> header.append(" | ").append(literal(orm.name())));
        lines.add(header.toString());
        boolean grouped = matrix.topicsByGroup().size() > 1;
        for (Map.Entry<String, List<Topic>> group : matrix.topicsByGroup().entrySet()) {
            if (grouped) {
                lines.add((matrix.orms().size() + 1) + "+| " + literal(group.getKey().isEmpty() ? "Other topics"
                        : group.getKey()));
            }
            for (Topic topic : group.getValue()) {
                StringBuilder row = new StringBuilder("| ").append(literal(topic.title()));
                for (Orm orm : matrix.orms()) {
                    row.append(" | ").append(matrix.cell(topic, orm).map(MatrixMarkup::text).map(MatrixMarkup::literal)
                            .orElse(NONE));
                }
                lines.add(row.toString());
            }
        }
        lines.add("|===");
        return lines;
    }

    private static String text(Cell cell) {
        if (cell instanceof Gap gap) {
            return GAP + " " + Matrix.shortNote(gap.reason());
        }
        Snippet snippet = (Snippet) cell;
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
