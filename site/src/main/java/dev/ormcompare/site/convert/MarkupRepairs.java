package dev.ormcompare.site.convert;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Mends two kinds of HTML Asciidoctor writes from markup a real tree has, which neither a screen reader nor an HTML
 * checker accepts: a term without a description ({@code Gradle::} then a blank line and a listing) ends its {@code
 * <dl>} without a {@code <dd>} (axe {@code definition-list}); an empty cell of a header column ({@code cols="h,..."})
 * is an empty {@code <th>}, a header that names nothing (axe {@code empty-table-header}). The first gets an empty
 * description, the second becomes a plain cell; nothing a reader sees changes.
 */
final class MarkupRepairs {

    private MarkupRepairs() {
    }

    /** @param parsed the body as the HTML parser read it, with positions */
    static void add(Document parsed, BodyEdits edits) {
        for (Element list : parsed.select("dl")) {
            Element last = list.lastElementChild();
            if (last != null && last.nameIs("dt") && last.endSourceRange().isTracked()) {
                int end = last.endSourceRange().endPos();
                edits.add(new BodyEdits.Edit(end, end, "\n<dd></dd>"));
            }
        }
        for (Element header : parsed.select("tbody th, tfoot th")) {
            if (header.hasText() || header.childrenSize() > 0 || !header.endSourceRange().isTracked()) {
                continue;
            }
            // "<th" and "</th": the tag's name only, its attributes kept.
            int open = header.sourceRange().startPos() + 1;
            int close = header.endSourceRange().startPos() + 2;
            edits.add(new BodyEdits.Edit(open, open + 2, "td"));
            edits.add(new BodyEdits.Edit(close, close + 2, "td"));
        }
    }
}
