package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;

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

    static StructuralNode create(Processor processor, StructuralNode parent, String message) {
        return processor.createBlock(parent, "paragraph", "ormcompare: " + message,
                Map.of("role", ROLE, MESSAGE_ATTRIBUTE, message),
                Map.of("subs", List.of(":specialcharacters")));
    }
}
