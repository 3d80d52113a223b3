package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The document attribute {@code ormcompare-picker} puts an ORM picker bar at the top of the page:
 * {@code :ormcompare-picker:} offers every ORM, {@code :ormcompare-picker: django, prisma} those.
 */
public final class PickerAtTop extends Treeprocessor {

    static final String ATTRIBUTE = "ormcompare-picker";

    private final DocumentCatalog catalogs;

    PickerAtTop(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Document process(Document document) {
        if (!document.hasAttribute(ATTRIBUTE)) {
            return document;
        }
        String orms = String.valueOf(document.getAttribute(ATTRIBUTE)).strip();
        StructuralNode picker;
        try {
            picker = PickerMarkup.block(this, document, catalogs.of(document), orms.isEmpty() ? null : orms,
                    OrmPickerBlockMacro.DEFAULT_LABEL);
        } catch (ComparisonException e) {
            log(new LogRecord(Severity.ERROR, document.getSourceLocation(),
                    e.getMessage() + " (document attribute " + ATTRIBUTE + ")"));
            return document;
        } catch (DocumentCatalog.Unavailable e) {
            if (!MacroFailures.reportCatalogMistake(this, e)) {
                log(new LogRecord(Severity.ERROR, document.getSourceLocation(),
                        e.getMessage() + " (document attribute " + ATTRIBUTE + ")"));
            }
            return document;
        }
        if (picker != null) {
            document.getBlocks().add(0, picker);
        }
        return document;
    }
}
