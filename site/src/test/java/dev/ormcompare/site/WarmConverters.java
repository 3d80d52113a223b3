package dev.ormcompare.site;

import dev.ormcompare.site.convert.KeptConverters;
import dev.ormcompare.site.convert.PageConverter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * {@link KeptConverters} that count how often a render asked for a converter. Registered as a test class's
 * extension ({@code @RegisterExtension static final WarmConverters converters = new WarmConverters();}), it
 * closes its converters after the class's last test.
 */
public final class WarmConverters extends KeptConverters implements AfterAllCallback {

    private int opened;

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized PageConverter open(Map<String, Object> attributes, boolean standalone) {
        opened++;
        return super.open(attributes, standalone);
    }

    /** How many renders asked for a converter since {@link #resetCount()}: one per render with a page to convert. */
    int opened() {
        return opened;
    }

    void resetCount() {
        opened = 0;
    }
}
