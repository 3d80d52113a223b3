package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible block that stands where a broken macro was. It carries its message in an attribute
 * so {@link ErrorLogger} can log it once Asciidoctor knows the block's file and line.
 */
final class ErrorBlocks {

    static final String ROLE = "ormcompare-error";
    static final String MESSAGE_ATTRIBUTE = "ormcompare-error-message";

    private ErrorBlocks() {
    }

    /**
     * The block for a failure of ormcompare itself, so a bug costs one located error, not the build's
     * whole conversion with a stack trace.
     */
    static StructuralNode unexpected(Processor processor, StructuralNode parent, RuntimeException failure) {
        return create(processor, parent, "this block could not be rendered (" + failure
                + "); this is a bug in ormcompare, please report it with the macro line", false);
    }

    /**
     * @param alreadyLogged true when the message was logged where its cause lies (a catalog file),
     *                      so {@link ErrorLogger} does not log it again for every macro
     */
    static StructuralNode create(Processor processor, StructuralNode parent, String message, boolean alreadyLogged) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("role", ROLE);
        if (!alreadyLogged) {
            attributes.put(MESSAGE_ATTRIBUTE, message);
            MacrosOnPage.leftSomethingToLog();
        }
        return processor.createBlock(parent, "paragraph", "ormcompare: " + message, attributes,
                Map.of("subs", List.of(":specialcharacters")));
    }
}
