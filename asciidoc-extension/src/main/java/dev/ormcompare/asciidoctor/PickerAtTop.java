package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.List;

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
        MacrosOnPage.seen(); // the picker it adds is one, for the processors after it
        String orms = String.valueOf(document.getAttribute(ATTRIBUTE)).strip();
        StructuralNode picker;
        try {
            picker = PickerMarkup.block(this, document, catalogs.of(document, this), orms.isEmpty() ? null : orms,
                    OrmPickerBlockMacro.DEFAULT_LABEL);
        } catch (ComparisonException e) {
            logAtTheAttribute(document, e.getMessage());
            return document;
        } catch (DocumentCatalog.Unavailable e) {
            if (!MacroFailures.reportCatalogMistake(this, e)) {
                logAtTheAttribute(document, e.getMessage());
            }
            return document;
        }
        if (picker != null) {
            document.getBlocks().add(0, picker);
        }
        return document;
    }

    /**
     * Logs at the line of the page that sets the attribute; at the page's first line when it is set
     * from outside (the build's attributes). The document itself has no location to log at.
     */
    private void logAtTheAttribute(Document document, String message) {
        Object docfile = document.getAttribute("docfile");
        List<String> lines = document.getSourceLines();
        int line = 1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(":" + ATTRIBUTE + ":")) {
                line = i + 1;
                break;
            }
        }
        Cursor cursor = docfile == null ? null : new FileCursor(Path.of(docfile.toString()), line);
        log(new LogRecord(Severity.ERROR, cursor, message + " (document attribute " + ATTRIBUTE + ")"));
    }
}
