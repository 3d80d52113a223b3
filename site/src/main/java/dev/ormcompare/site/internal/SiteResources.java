package dev.ormcompare.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files this jar carries for the site: the theme's, the preview's. */
public final class SiteResources {

    private SiteResources() {
    }

    /** Where they are in the jar, whichever package reads them. */
    private static final String ROOT = "/dev/ormcompare/site/";

    /** @param name relative to {@code dev/ormcompare/site}, e.g. {@code theme/theme.css} */
    public static byte[] read(String name) {
        try (InputStream in = SiteResources.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare-site jar is incomplete: " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ormcompare-site jar", e);
        }
    }
}
