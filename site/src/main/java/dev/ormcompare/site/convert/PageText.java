package dev.ormcompare.site.convert;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A page's body as Markdown-like text for language models ({@code llms-full.txt}), read from the HTML
 * Asciidoctor wrote with a real HTML parser: headings as {@code #}, code as fenced blocks with their language,
 * lists, tables and terms; a comparison block written out whole, each ORM's snippet under its own title, as no
 * reader of plain text can open a tab.
 */
final class PageText {

    private final StringBuilder out = new StringBuilder();
    /** Each tab by its id, for the names of the panels it labels: looked up once, not per panel in the whole page. */
    private final Map<String, Element> tabs = new HashMap<>();
    /** The ORM whose panel is being written: its listing's own title, the same name, is not written again. */
    private String panelName = "";

    private PageText() {
    }

    /** @param body the page's body as the HTML parser read it */
    static String of(Element body) {
        PageText text = new PageText();
        body.select("[role=tab][id]").forEach(tab -> text.tabs.putIfAbsent(tab.id(), tab));
        text.blocks(body, 0);
        return text.out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private void blocks(Element parent, int depth) {
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element) {
                block(element, depth);
            } else if (node instanceof TextNode text && !text.isBlank()) {
                paragraph(text.text());
            }
        }
    }

    private void block(Element element, int depth) {
        String tag = element.normalName();
        // A table of contents (Asciidoctor's, or the theme's "On this page") repeats the headings that follow.
        if (element.id().equals("toc") || element.hasClass("oc-toc") || element.hasClass("ormcompare-bar")
                || element.hasClass("anchor") || tag.equals("script")
                || tag.equals("style") || tag.equals("button") || tag.equals("template")) {
            return;
        }
        if (element.attr("role").equals("tabpanel")) {
            panel(element, depth);
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    out.append("\n").append("#".repeat(tag.charAt(1) - '0')).append(' ').append(element.text()).append("\n\n");
            case "p" -> paragraph(inline(element));
            case "pre" -> code(element);
            case "ul", "ol" -> list(element, tag.equals("ol"), "");
            case "table" -> table(element);
            case "dl" -> terms(element, depth);
            case "hr" -> out.append("\n---\n\n");
            default -> {
                if (element.hasClass("admonitionblock")) {
                    Element content = element.selectFirst("td.content");
                    Element label = element.selectFirst("td.icon");
                    out.append("**").append(label == null ? "Note" : label.text()).append(":** ");
                    blocks(content == null ? element : content, depth);
                } else if (element.hasClass("title") && element.children().isEmpty()) {
                    if (!element.text().equals(panelName)) {
                        paragraph("**" + element.text() + "**"); // a block's title
                    }
                } else {
                    blocks(element, depth);
                }
            }
        }
    }

    /** An ORM's tab panel: titled by its tab's name, kept in the panel's {@code aria-labelledby} tab. */
    private void panel(Element panel, int depth) {
        Element tab = tabs.get(panel.attr("aria-labelledby"));
        String name = tab == null ? panel.attr("data-orm") : tab.text();
        out.append("\n**").append(name).append("**\n\n");
        panelName = name;
        blocks(panel, depth + 1);
        panelName = "";
    }

    /** An element's text with its inline code between backticks, as Markdown writes it. */
    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && !textNode.parentNode().nodeName().equals("code")) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element code && code.normalName().equals("code")) {
                text.append('`').append(code.wholeText()).append('`');
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void paragraph(String text) {
        if (!text.isBlank()) {
            out.append(text.strip()).append("\n\n");
        }
    }

    private void code(Element pre) {
        Element code = pre.selectFirst("code[data-lang]");
        String language = code == null ? "" : code.attr("data-lang");
        String source = pre.wholeText().stripTrailing();
        String fence = source.contains("```") ? "~~~~" : "```";
        out.append(fence).append(language).append('\n').append(source).append('\n').append(fence).append("\n\n");
    }

    private void list(Element list, boolean numbered, String indent) {
        int n = 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            StringBuilder own = new StringBuilder();
            for (Element child : item.children()) {
                if (!child.normalName().equals("ul") && !child.normalName().equals("ol") && !child.hasClass("ulist")
                        && !child.hasClass("olist")) {
                    own.append(own.isEmpty() ? "" : " ").append(child.text());
                }
            }
            if (own.isEmpty()) {
                own.append(item.ownText());
            }
            out.append(indent).append(numbered ? n++ + ". " : "- ").append(own.toString().strip()).append('\n');
            for (Element nested : item.select("> ul, > ol, > div > ul, > div > ol")) {
                list(nested, nested.normalName().equals("ol"), indent + "  ");
            }
        }
        out.append('\n');
    }

    private void table(Element table) {
        for (Element row : table.select("tr")) {
            out.append('|');
            for (Element cell : row.select("> th, > td")) {
                out.append(' ').append(cell.text().replace("|", "\\|")).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void terms(Element list, int depth) {
        for (Element child : list.children()) {
            if (child.normalName().equals("dt")) {
                out.append("**").append(child.text()).append("**\n");
            } else if (child.normalName().equals("dd")) {
                blocks(child, depth);
            }
        }
        out.append('\n');
    }
}
