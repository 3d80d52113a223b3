package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

/**
 * Prepares every document before it is read: turns on Asciidoctor's sourcemap, so every block
 * knows its file and line and errors can name them, and sets {@code ormcompare-assets-size}
 * (what the tabs' CSS and JS weigh), so docs can state the real figure; starts the document's block ids
 * and its catalog check.
 */
public final class DocumentSetup extends Preprocessor {

    static final String ASSETS_SIZE_ATTRIBUTE = "ormcompare-assets-size";

    private final DocumentCatalog catalogs;

    DocumentSetup(DocumentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Reader process(Document document, PreprocessorReader reader) {
        BlockIds.startDocument();
        MacrosOnPage.startDocument();
        catalogs.startDocument();
        document.setSourcemap(true);
        document.setAttribute(ASSETS_SIZE_ATTRIBUTE, Assets.sizeDescription(), false);
        return reader;
    }
}
