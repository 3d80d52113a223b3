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

    /** Subs for a note: text with AsciiDoc emphasis, but no attributes, macros or raw HTML. */
    private static final List<String> NOTE_SUBS = List.of(":specialcharacters", ":quotes", ":replacements");

    private final Processor processor;

    ComparisonBlocks(Processor processor) {
        this.processor = processor;
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
        attributes.put(ORMS_ATTRIBUTE, String.join(" ", comparison.entries().stream().map(e -> e.orm().id()).toList()));
        if (!title.isEmpty()) {
            // Shown as written, like every text ormcompare puts on the page: no markup, links or script.
            attributes.put("title", Html.literalTitle(title));
        }
        StructuralNode block = processor.createBlock(parent, "open", "", attributes);
        if (tabs) {
            String label = title.isEmpty() ? comparison.topic().title() : title;
            block.append(pass(block, TabsMarkup.bar(blockId, comparison, label)));
        }
        List<Comparison.Entry> entries = comparison.entries();
        for (int i = 0; i < entries.size(); i++) {
            Comparison.Entry entry = entries.get(i);
            if (tabs) {
                block.append(pass(block, TabsMarkup.panelStart(blockId, entry, i == comparison.selected())));
                appendNote(block, entry);
                appendListing(block, entry);
                block.append(pass(block, TabsMarkup.panelEnd()));
            } else {
                appendListing(block, entry);
                appendNote(block, entry);
            }
        }
        return block;
    }

    private void appendListing(StructuralNode block, Comparison.Entry entry) {
        processor.parseContent(block, SnippetListing.lines(entry.snippet()));
        List<StructuralNode> children = block.getBlocks();
        children.get(children.size() - 1).setTitle(Html.literalTitle(entry.orm().name()));
    }

    private void appendNote(StructuralNode block, Comparison.Entry entry) {
        if (entry.snippet().hasNote()) {
            block.append(processor.createBlock(block, "paragraph", entry.snippet().note(),
                    Map.of("role", "ormcompare-note"), Map.of("subs", NOTE_SUBS)));
        }
    }

    private StructuralNode pass(StructuralNode parent, String html) {
        return processor.createBlock(parent, "pass", html);
    }
}
