package dev.ormcompare.site.convert;

import dev.ormcompare.site.SiteRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the converters open across renders, one per set of attributes, so that a preview session
 * (or a test rendering dozens of times) boots Asciidoctor once, not once per render. Converts in this
 * JVM, where a long session gets the JIT's best code. Close it when the session ends.
 */
public class KeptConverters implements SiteRenderer.ConverterFactory, AutoCloseable {

    private final Map<List<Object>, PageConverter> open = new HashMap<>();

    @Override
    public synchronized PageConverter open(Map<String, Object> attributes, boolean standalone) {
        return open.computeIfAbsent(List.of(Map.copyOf(attributes), standalone),
                key -> new PageConverter(attributes, standalone));
    }

    @Override
    public void release(Converter converter) {
        // kept for the next render
    }

    @Override
    public synchronized void close() {
        open.values().forEach(PageConverter::close);
        open.clear();
    }
}
