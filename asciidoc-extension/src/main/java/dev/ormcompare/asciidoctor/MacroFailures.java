package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.CatalogException;
import dev.ormcompare.catalog.ComparisonException;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Processor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;

/**
 * The one way every ormcompare macro turns a failure into what the docs writer sees: an error block
 * where the macro was, logged at the macro's line by {@link ErrorLogger}; a catalog mistake is
 * logged instead at the catalog file and line, once, by whichever macro meets it first.
 */
final class MacroFailures {

    private MacroFailures() {
    }

    /** The block that stands where the macro was, for a failure of any kind. */
    static StructuralNode block(Processor processor, StructuralNode parent, Exception failure) {
        if (failure instanceof DocumentCatalog.Unavailable unavailable) {
            boolean catalogMistake = reportCatalogMistake(processor, unavailable);
            return ErrorBlocks.create(processor, parent, unavailable.getMessage(), catalogMistake);
        }
        if (failure instanceof ComparisonException) {
            return ErrorBlocks.create(processor, parent, failure.getMessage(), false);
        }
        if (failure instanceof RuntimeException unexpected) {
            return ErrorBlocks.unexpected(processor, parent, unexpected);
        }
        throw new IllegalArgumentException("not a macro failure: " + failure, failure);
    }

    /**
     * Logs a mistake in a catalog file at that file and line, the first time it is met.
     *
     * @return true when the failure is a catalog mistake, which is logged here and not at the macro
     */
    static boolean reportCatalogMistake(Processor processor, DocumentCatalog.Unavailable unavailable) {
        if (unavailable.mistake().isEmpty()) {
            return false;
        }
        if (unavailable.firstReport()) {
            CatalogException mistake = unavailable.mistake().get();
            processor.log(new LogRecord(Severity.ERROR, new FileCursor(Path.of(mistake.source()), mistake.line()),
                    mistake.problem()));
        }
        return true;
    }
}
