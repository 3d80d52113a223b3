package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

/** Turns on Asciidoctor's sourcemap, so every block knows its file and line and errors can name them. */
public final class SourcemapEnabler extends Preprocessor {

    @Override
    public Reader process(Document document, PreprocessorReader reader) {
        document.setSourcemap(true);
        return reader;
    }
}
