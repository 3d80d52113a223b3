package dev.ormcompare.site.convert;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's "On this page" navigation, made of the table of contents Asciidoctor wrote: the site has
 * {@code toc} on by default, so a page with sections gets Asciidoctor's outline, as deep as its {@code
 * toclevels} asks and numbered as its {@code sectnums} say. Where Asciidoctor placed it itself (after the
 * title: {@code :toc:}, {@code :toc: left}, {@code right}, {@code top}, {@code bottom}, {@code auto}) the
 * navigation takes its place; where the page placed its own ({@code :toc: macro} with {@code toc::[]},
 * {@code :toc: preamble}) that one stays and the navigation is added after the title. {@code :toc!:}: none.
 * The theme shows it beside the text on wide screens and folded at the top on narrow ones; theme.js marks
 * the section in view.
 */
final class OnThisPage {

    /** What the reader sees above the links, and the landmark's name. */
    static final String LABEL = "On this page";

    private OnThisPage() {
    }

    /**
     * Where the navigation goes in a body read with positions tracked: in place of Asciidoctor's table of contents, or
     * after the title; null when the page has no table of contents.
     *
     * @param parsed the body as the HTML parser read it, with positions, written back without pretty printing
     */
    static BodyEdits.Edit in(Document parsed) {
        Element toc = parsed.getElementById("toc");
        Element outline = toc == null ? null : toc.selectFirst("> ul[class^=sectlevel]");
        if (outline == null || !toc.endSourceRange().isTracked()) {
            return null;
        }
        // The outline as the parser read it, not as written: a section title with half-open markup, which
        // Asciidoctor copies into the outline's links, cannot leave a link open over the rest of the page.
        String nav = "<nav class=\"oc-toc\" aria-label=\"" + LABEL + "\">\n<details>\n<summary>" + LABEL + "</summary>\n"
                + outline.outerHtml() + "\n</details>\n</nav>";
        if (toc.parent() == parsed.body()) {
            return new BodyEdits.Edit(toc.sourceRange().startPos(), toc.endSourceRange().endPos(), nav);
        }
        Element first = parsed.body().firstElementChild();
        int at = first != null && first.nameIs("h1") && first.endSourceRange().isTracked() ? first.endSourceRange().endPos() : 0;
        return new BodyEdits.Edit(at, at, (at == 0 ? "" : "\n") + nav + (at == 0 ? "\n" : ""));
    }
}
