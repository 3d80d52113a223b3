package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.util.Map;

/**
 * Logs each broken macro at ERROR, and each macro that warned ({@link #warnAt}) at WARN, with its
 * file and line. A block macro cannot know its own line while it runs; Asciidoctor records it on the
 * returned block afterwards (with the sourcemap that {@link DocumentSetup} turns on), so the logging
 * happens here, after parsing, at the block's {@link BlockLocation}.
 */
public final class ErrorLogger extends Treeprocessor {

    private static final String WARNED_ROLE = "ormcompare-warned";
    private static final String WARNING_ATTRIBUTE = "ormcompare-warning";

    /** Has {@code message} logged at WARN at the line of the macro that made {@code block}. */
    static void warnAt(StructuralNode block, String message) {
        MacrosOnPage.leftSomethingToLog();
        block.addRole(WARNED_ROLE);
        block.setAttribute(WARNING_ATTRIBUTE, message, true);
    }

    @Override
    public Document process(Document document) {
        if (!MacrosOnPage.anythingToLog()) {
            return document;
        }
        for (StructuralNode block : document.findBy(Map.of("role", ErrorBlocks.ROLE, "traverse_documents", true))) {
            if (!block.hasAttribute(ErrorBlocks.MESSAGE_ATTRIBUTE)) {
                continue; // logged where its cause lies
            }
            log(new LogRecord(Severity.ERROR, BlockLocation.of(block),
                    String.valueOf(block.getAttribute(ErrorBlocks.MESSAGE_ATTRIBUTE))));
        }
        for (StructuralNode block : document.findBy(Map.of("role", WARNED_ROLE, "traverse_documents", true))) {
            log(new LogRecord(Severity.WARN, BlockLocation.of(block),
                    String.valueOf(block.getAttribute(WARNING_ATTRIBUTE))));
        }
        return document;
    }
}
