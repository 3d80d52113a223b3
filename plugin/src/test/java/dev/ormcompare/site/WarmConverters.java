package dev.ormcompare.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one converter per set of attributes open across renders, as a preview would, so that tests
 * which render dozens of times boot Asciidoctor once, not once per render.
 */
final class WarmConverters implements SiteRenderer.ConverterFactory, AutoCloseable {

    private final Map<List<Object>, PageConverter> open = new HashMap<>();
    private int opened;

    @Override
    public synchronized PageConverter open(Map<String, Object> attributes, boolean standalone) {
        opened++;
        return open.computeIfAbsent(List.of(Map.copyOf(attributes), standalone),
                key -> new PageConverter(attributes, standalone));
    }

    @Override
    public void release(Converter converter) {
        // kept for the next render
    }

    /** How many renders asked for a converter since {@link #resetCount()}: one per render with a page to convert. */
    int opened() {
        return opened;
    }

    void resetCount() {
        opened = 0;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(PageConverter::close);
        open.clear();
    }
}
