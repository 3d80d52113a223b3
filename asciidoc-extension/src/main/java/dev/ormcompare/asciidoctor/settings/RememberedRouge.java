package dev.ormcompare.asciidoctor.settings;

import org.asciidoctor.Asciidoctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Makes an Asciidoctor's {@code rouge} source highlighter remember what it highlighted
 * ({@code remembered_rouge.rb}), for as long as that Asciidoctor lives: the same snippet on a second page,
 * or on the same page saved again in the live preview, is not highlighted again. Highlighting is most of
 * the time a page with many listings takes. Installed by the builds of ours on the Asciidoctors they boot,
 * not by the extension on every Asciidoctor it is registered with.
 */
public final class RememberedRouge {

    private static final String SCRIPT = "remembered_rouge.rb";

    private RememberedRouge() {
    }

    /** Registers the remembering Rouge for {@code rouge} in this Asciidoctor, before its first conversion. */
    public static void install(Asciidoctor asciidoctor) {
        try (InputStream script = RememberedRouge.class.getResourceAsStream(SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException("the ormcompare-asciidoctorj jar is incomplete: " + SCRIPT + " is missing");
            }
            asciidoctor.rubyExtensionRegistry().loadClass(script);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
