package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Comparison;
import dev.ormcompare.catalog.Gap;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.SnippetFile;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Asciidoctor blocks for one comparison: an open block (role {@code ormcompare})
 * holding, per ORM, a source listing per file titled with the ORM's name (and the file's, when there
 * are several), its note and the SQL it sent; or, for an ORM without a snippet, a note saying why.
 * For HTML the cells sit in WAI-ARIA tab panels behind a tab list; other backends get titled listings.
 */
final class ComparisonBlocks {

    /** Role of the block a comparison renders to; the assets and the docs' CSS find it by this. */
    static final String ROLE = "ormcompare";

    /** Attributes on the block (not rendered) telling other processors what it shows. */
    static final String TOPIC_ATTRIBUTE = "ormcompare-topic";
    static final String QUALIFIED_TOPIC_ATTRIBUTE = "ormcompare-topic-qualified";
    static final String ORMS_ATTRIBUTE = "ormcompare-orms-shown";
    static final String TOPIC_TITLE_ATTRIBUTE = "ormcompare-topic-title";

    /** Attributes on each listing and note of a cell (not rendered): its ORM's id, and what it is, as text. */
    static final String ORM_ATTRIBUTE = "ormcompare-orm";
    static final String LABEL_ATTRIBUTE = "ormcompare-label";

    /** Subs for a note: text with AsciiDoc emphasis, but no attributes, macros or raw HTML. */
    private static final List<String> NOTE_SUBS = List.of(":specialcharacters", ":quotes", ":replacements");

    /**
     * The quotes substitution turns an attribute list before quoted text ({@code [#id]_x_},
     * {@code [role]#x#}) into the element's id and class, unescaped: in a note that would let a
     * catalog add ids, styles and event handlers to the page. Every such list starts with
     * {@code [}; written as its character reference, it is shown as a bracket and the quotes
     * substitution sees none. (The replacements substitution restores the reference that the
     * special characters substitution escaped.)
     */
    private static final String BRACKET = "&#91;";

    /** Role of each listing of a snippet with several files, whose titles name the file. */
    static final String FILE_ROLE = "ormcompare-file";

    /** Role of the disclosure (in HTML) or listing (elsewhere) of the SQL a snippet sent. */
    static final String SQL_ROLE = "ormcompare-sql";

    private static final String SQL_SENT = "SQL sent";

    private final Processor processor;
    private final ListingBlocks listings;
    private final CellOptions options;

    ComparisonBlocks(Processor processor, ListingBlocks listings, CellOptions options) {
        this.processor = processor;
        this.listings = listings;
        this.options = options;
    }

    /**
     * @param extraRole roles the docs writer put on the macro, or empty
     * @param tabs      whether to render HTML tabs; false for backends that cannot show them
     */
    StructuralNode build(StructuralNode parent, Comparison comparison, String blockId, String title,
                         String extraRole, boolean tabs) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("id", blockId);
        attributes.put("role", extraRole.isEmpty() ? ROLE : ROLE + " " + extraRole);
        attributes.put(TOPIC_ATTRIBUTE, comparison.topic().id());
        attributes.put(QUALIFIED_TOPIC_ATTRIBUTE, comparison.topic().qualifiedId());
        attributes.put(TOPIC_TITLE_ATTRIBUTE, comparison.topic().title());
        attributes.put(ORMS_ATTRIBUTE, String.join(" ", comparison.entries().stream().map(e -> e.orm().id()).toList()));
        if (!title.isEmpty()) {
            // Shown as written, like every text ormcompare puts on the page: no markup, links or script.
            attributes.put("title", Html.literalTitle(title));
        }
        StructuralNode block = processor.createBlock(parent, "open", "", attributes);
        ListingBlocks.Appender appender = listings.appenderFor(processor, parent.getDocument());
        List<Comparison.Entry> entries = comparison.entries();
        if (!tabs) {
            for (Comparison.Entry entry : entries) {
                appendCell(block, appender, entry, false);
            }
            return block;
        }
        PagesWithTabs.mark(parent.getDocument());
        // The tags between two snippets go in one pass block, joined by the line feed Asciidoctor puts between
        // blocks: the page is the same as with a block per tag, with about half the blocks to create and convert.
        String html = TabsMarkup.bar(blockId, comparison, title.isEmpty() ? comparison.topic().title() : title);
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            block.append(pass(block, html + "\n" + TabsMarkup.panelStart(blockId, entry, i == comparison.selected())));
            appendCell(block, appender, entry, true);
            html = TabsMarkup.panelEnd();
        }
        block.append(pass(block, html));
        return block;
    }

    /** One ORM's part: its note and files, then the SQL they sent; or why it has none. */
    private void appendCell(StructuralNode block, ListingBlocks.Appender appender, Comparison.Entry entry, boolean tabs) {
        String ormName = entry.orm().name();
        if (entry.cell() instanceof Gap gap) {
            StructuralNode note = GapBlocks.create(processor, block, ormName, gap, tabs);
            labels(entry, ormName).forEach((name, value) -> note.setAttribute(name, value, true));
            block.append(note);
            return;
        }
        Snippet snippet = (Snippet) entry.cell();
        if (tabs) {
            appendNote(block, snippet);
        }
        boolean several = snippet.files().size() > 1;
        for (SnippetFile file : snippet.files()) {
            String fileTitle = several ? ormName + ": " + file.title() : ormName;
            appender.append(block, file, fileTitle, several ? FILE_ROLE : "", labels(entry, fileTitle));
        }
        if (!tabs) {
            appendNote(block, snippet);
        }
        if (!snippet.sql().isEmpty() && options.sql() != CellOptions.Sql.HIDDEN) {
            appendSql(block, appender, entry, snippet.sql(), tabs);
        }
    }

    /** What tells tools walking the tree (a search index) whose cell a block is part of, and what it shows. */
    private static Map<String, Object> labels(Comparison.Entry entry, String label) {
        return Map.of(ORM_ATTRIBUTE, entry.orm().id(), LABEL_ATTRIBUTE, label);
    }

    /**
     * The statements under the code: in HTML a disclosure ({@code details}), closed unless the options
     * say open; elsewhere a listing titled "ORM: SQL sent".
     */
    private void appendSql(StructuralNode block, ListingBlocks.Appender appender, Comparison.Entry entry,
                           List<String> statements, boolean tabs) {
        SnippetFile sql = new SnippetFile("", "sql", String.join("\n", statements));
        String label = entry.orm().name() + ": " + SQL_SENT;
        if (!tabs) {
            appender.append(block, sql, label, SQL_ROLE, labels(entry, label));
            return;
        }
        String count = statements.size() + (statements.size() == 1 ? " statement" : " statements");
        block.append(pass(block, "<details class=\"" + SQL_ROLE + "\"" + (options.sql() == CellOptions.Sql.OPEN ? " open" : "")
                + "><summary>" + SQL_SENT + ": " + count + "</summary>"));
        appender.append(block, sql, "", "", labels(entry, label));
        block.append(pass(block, "</details>"));
    }

    private void appendNote(StructuralNode block, Snippet snippet) {
        if (snippet.hasNote()) {
            block.append(processor.createBlock(block, "paragraph", snippet.note().replace("[", BRACKET),
                    Map.of("role", ComparisonTree.NOTE_ROLE), Map.of("subs", NOTE_SUBS)));
        }
    }

    private StructuralNode pass(StructuralNode parent, String html) {
        return processor.createBlock(parent, "pass", html);
    }
}
