package dev.ormcompare.asciidoctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The CSS and JavaScript of the tabs, read once from the jar, as one HTML fragment. */
final class Assets {

    private static final String HTML = "<style>" + read("ormcompare.css") + "</style>\n<script>"
            + read("ormcompare.js") + "</script>\n";

    private Assets() {
    }

    static String html() {
        return HTML;
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare jar is incomplete: " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ormcompare jar", e);
        }
    }
}
