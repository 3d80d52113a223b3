package dev.ormcompare.site;

import dev.ormcompare.site.convert.KeptConverters;
import dev.ormcompare.site.convert.PageConverter;

import java.util.Map;

/** {@link KeptConverters} that count how often a render asked for a converter. */
public final class WarmConverters extends KeptConverters {

    private int opened;

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
