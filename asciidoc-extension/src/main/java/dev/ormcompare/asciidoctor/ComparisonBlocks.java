package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Comparison;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Asciidoctor blocks for one comparison: an open block (role {@code ormcompare})
 * holding, per ORM, a source listing titled with the ORM's name and its note. For HTML the
 * listings sit in WAI-ARIA tab panels behind a tab list; other backends get the titled listings.
 */
final class ComparisonBlocks {

    /** Role of the block a comparison renders to; the assets and the docs' CSS find it by this. */
    static final String ROLE = "ormcompare";

    /** Attributes on the block (not rendered) telling other processors what it shows. */
    static final String TOPIC_ATTRIBUTE = "ormcompare-topic";
    static final String ORMS_ATTRIBUTE = "ormcompare-orms-shown";
    static final String TOPIC_TITLE_ATTRIBUTE = "ormcompare-topic-title";

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

    private final Processor processor;
    private final ListingBlocks listings;

    ComparisonBlocks(Processor processor, ListingBlocks listings) {
        this.processor = processor;
        this.listings = listings;
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
        attributes.put(TOPIC_TITLE_ATTRIBUTE, comparison.topic().title());
        attributes.put(ORMS_ATTRIBUTE, String.join(" ", comparison.entries().stream().map(e -> e.orm().id()).toList()));
        if (!title.isEmpty()) {
            // Shown as written, like every text ormcompare puts on the page: no markup, links or script.
            attributes.put("title", Html.literalTitle(title));
        }
        StructuralNode block = processor.createBlock(parent, "open", "", attributes);
        List<Comparison.Entry> entries = comparison.entries();
        if (!tabs) {
            for (Comparison.Entry entry : entries) {
                appendListing(block, entry);
                appendNote(block, entry);
            }
            return block;
        }
        // The tags between two snippets go in one pass block, joined by the line feed Asciidoctor puts between
        // blocks: the page is the same as with a block per tag, with about half the blocks to create and convert.
        String html = TabsMarkup.bar(blockId, comparison, title.isEmpty() ? comparison.topic().title() : title);
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            block.append(pass(block, html + "\n" + TabsMarkup.panelStart(blockId, entry, i == comparison.selected())));
            appendNote(block, entry);
            appendListing(block, entry);
            html = TabsMarkup.panelEnd();
        }
        block.append(pass(block, html));
        return block;
    }

    private void appendListing(StructuralNode block, Comparison.Entry entry) {
        listings.append(processor, block, entry.snippet(), entry.orm().name());
    }

    private void appendNote(StructuralNode block, Comparison.Entry entry) {
        if (entry.snippet().hasNote()) {
            block.append(processor.createBlock(block, "paragraph", entry.snippet().note().replace("[", BRACKET),
                    Map.of("role", ComparisonTree.NOTE_ROLE), Map.of("subs", NOTE_SUBS)));
        }
    }

    private StructuralNode pass(StructuralNode parent, String html) {
        return processor.createBlock(parent, "pass", html);
    }
}
