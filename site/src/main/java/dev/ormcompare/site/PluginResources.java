package dev.ormcompare.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files this jar carries for the site: the theme's, the preview's. */
final class PluginResources {

    private PluginResources() {
    }

    /** @param name relative to this package, e.g. {@code theme/theme.css} */
    static byte[] read(String name) {
        try (InputStream in = PluginResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare-site jar is incomplete: " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ormcompare-site jar", e);
        }
    }
}
