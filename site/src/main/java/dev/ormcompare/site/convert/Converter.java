package dev.ormcompare.site.convert;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Converts pages for one render; safe to call from several threads at once. {@link PageConverter}
 * does it in this JVM, {@link ForkedConverter} in JVMs of its own, tuned for Asciidoctor.
 */
public interface Converter extends AutoCloseable {

    /** Converts a page. */
    PageConverter.Result convert(Path page) throws IOException;

    @Override
    void close();
}
