package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Gap;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.HashMap;
import java.util.Map;

/**
 * What stands for an ORM without a snippet: a NOTE admonition with the reason, so every backend shows
 * it as a note and a screen reader announces it as one ("Note: Undo is in Flyway's paid edition").
 * Outside tabs it is titled with the ORM's name, as a listing would be.
 */
final class GapBlocks {

    /** Role of the note; the matrix and the tabs' CSS find it by this. */
    static final String ROLE = "ormcompare-missing";

    /** Added for an ORM nobody filled the cell of, shown because the page asked to see gaps. */
    static final String UNFILLED_ROLE = "ormcompare-unfilled";

    private GapBlocks() {
    }

    static StructuralNode create(Processor processor, StructuralNode parent, String ormName, Gap gap, boolean tabs) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("name", "note");
        attributes.put("textlabel", "Note");
        attributes.put("role", gap.declared() ? ROLE : ROLE + " " + UNFILLED_ROLE);
        // A block made here gets no substitutions: its text goes out as given, so escaped, with no passthrough
        // marks (a title, which Asciidoctor does substitute, needs them).
        StructuralNode note = processor.createBlock(parent, "admonition", Html.escape(gap.reason()), attributes);
        note.setStyle("NOTE");
        if (!tabs) {
            note.setTitle(Html.literalTitle(ormName));
        }
        return note;
    }
}
