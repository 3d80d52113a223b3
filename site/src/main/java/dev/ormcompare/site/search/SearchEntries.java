package dev.ormcompare.site.search;

import dev.ormcompare.asciidoctor.ComparisonTree;
import dev.ormcompare.site.internal.HtmlText;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a page offers to search from Asciidoctor's document tree, after the macros ran: its
 * title and sections with their text, and every comparison's snippets, each in its own entry, so a
 * snippet in a tab the reader has not opened is found as well as the one shown.
 */
public final class SearchEntries {

    /** The text kept per entry: enough to find a section by its words, small enough for a site of thousands of pages. */
    static final int MAX_TEXT = 1500;

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    /** {@code xref:a.adoc[Text]}, {@code link:url[Text]}, {@code https://x[Text]}: the text stays. */
    private static final Pattern MACRO = Pattern.compile("\\b(?:xref|link|mailto|https?|image|kbd|btn|menu|footnote|pass):[^\\s\\[]*\\[([^\\]]*)]");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<[^,>]*,?([^>]*)>>");
    /** Formatting marks; a {@code #} that starts a numeric character reference ({@code &#8594;}) stays. */
    private static final Pattern FORMATTING = Pattern.compile("[*_`^~]+|(?<!&)#+|\\[[.#][^\\]]*]|\\{[A-Za-z0-9_-]+}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<SearchEntry> entries = new ArrayList<>();

    private SearchEntries() {
    }

    public static List<SearchEntry> of(Document document) {
        SearchEntries reader = new SearchEntries();
        StringBuilder text = new StringBuilder();
        reader.children(document, "", text);
        reader.entries.add(0, new SearchEntry(SearchEntry.Kind.PAGE, "", title(document.getDoctitle()), "",
                clip(text), ""));
        return reader.entries;
    }

    /** Adds what {@code parent}'s blocks hold: their text to {@code text}, sections and comparisons as entries. */
    private void children(StructuralNode parent, String section, StringBuilder text) {
        for (StructuralNode block : parent.getBlocks()) {
            if (block instanceof Section child) {
                String title = title(child.getTitle());
                StringBuilder own = new StringBuilder();
                int at = entries.size();
                children(child, title, own);
                entries.add(at, new SearchEntry(SearchEntry.Kind.SECTION, child.getId(), title, section, clip(own), ""));
            } else if (block.getRoles().contains(ComparisonTree.ROLE) && block.getAttribute(ComparisonTree.ORMS) != null) {
                comparison(block, section);
            } else {
                own(block, text);
                children(block, section, text);
            }
        }
    }

    /** The text a block holds itself: a paragraph's, a listing's code, a list item's. */
    private static void own(StructuralNode block, StringBuilder text) {
        if (text.length() >= MAX_TEXT) {
            return;
        }
        if (block instanceof Block leaf && !"pass".equals(leaf.getContext())) {
            boolean code = "listing".equals(leaf.getContext()) || "literal".equals(leaf.getContext());
            String source = !code || leaf.isSubstitutionEnabled(Block.SUBSTITUTION_ATTRIBUTES)
                    ? AttributeReferences.resolve(leaf.getSource(), leaf.getDocument()) : leaf.getSource();
            append(text, code ? source : plain(source));
        } else if (block instanceof ListItem item) {
            append(text, plain(AttributeReferences.resolve(item.getSource(), item.getDocument())));
        }
        if (block.getTitle() != null) {
            append(text, title(block.getTitle()));
        }
    }

    /**
     * One entry per listing of a cell (each file, the SQL it sent) and per missing note, under the topic's
     * title, each leading to its ORM's tab; a cell's note goes with its first entry.
     */
    private void comparison(StructuralNode block, String section) {
        String topic = String.valueOf(block.getAttribute(ComparisonTree.TOPIC_TITLE, ""));
        String note = "";
        for (StructuralNode child : block.getBlocks()) {
            Object orm = child.getAttribute(ComparisonTree.ORM);
            if (child.getRoles().contains(ComparisonTree.NOTE_ROLE) && child instanceof Block paragraph) {
                note = plain(paragraph.getSource());
            } else if (orm != null && child instanceof Block shown) {
                StringBuilder text = new StringBuilder();
                append(text, "listing".equals(shown.getContext()) ? shown.getSource() : plain(shown.getSource()));
                append(text, note);
                entries.add(new SearchEntry(SearchEntry.Kind.SNIPPET, ComparisonTree.panelId(block.getId(), orm.toString()),
                        typed(String.valueOf(child.getAttribute(ComparisonTree.LABEL, ""))), section, clip(text), topic));
                note = "";
            }
        }
    }

    private static void append(StringBuilder text, String source) {
        if (source == null || source.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(source);
    }

    private static String clip(StringBuilder text) {
        String words = SPACES.matcher(text).replaceAll(" ").strip();
        return words.length() <= MAX_TEXT ? words : words.substring(0, MAX_TEXT);
    }

    /** Prose without its markup: macros keep their text, formatting marks and tags go. Not for code. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String plain = MACRO.matcher(text).replaceAll("$1");
        plain = CROSS_REFERENCE.matcher(plain).replaceAll("$1");
        plain = TAGS.matcher(plain).replaceAll(" ");
        plain = FORMATTING.matcher(plain).replaceAll("");
        // Every character reference, named or numeric: Asciidoctor writes "->" as &#8594;, "..." as &#8230;&#8203;.
        return typed(Parser.unescapeEntities(plain, false));
    }

    /** A title as Asciidoctor converted it, as the reader sees it ({@link HtmlText}). */
    static String title(String html) {
        return typed(HtmlText.of(html));
    }

    /** Text as a reader would type it into the search box. */
    private static String typed(String text) {
        String typed = text.replace('\u2019', '\'') // Asciidoctor's apostrophe: a search for "don't" finds it
                .replace("\u200b", "") // the zero-width space it puts after an ellipsis
                .replace('\u2009', ' '); // the thin spaces around an em dash
        return SPACES.matcher(typed).replaceAll(" ").strip();
    }
}
