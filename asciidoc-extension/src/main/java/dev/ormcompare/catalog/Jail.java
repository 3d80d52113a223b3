package dev.ormcompare.catalog;

import java.nio.file.Path;

/**
 * Where catalog and source files may be read from. Asciidoctor's safe modes (SAFE and above)
 * keep a document to files below its base directory; a catalog follows the same rule.
 *
 * @param base     the directory files must be below, or null for anywhere
 * @param safeMode the safe mode's name, for messages
 */
public record Jail(Path base, String safeMode) {

    /** Anywhere: Asciidoctor's UNSAFE mode, and tools that are not Asciidoctor. */
    public static final Jail NONE = new Jail(null, "UNSAFE");

    public boolean allows(Path file) {
        return base == null || file.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
    }

    /** E.g. "the base directory /docs, which safe mode SAFE keeps files to". */
    public String describe() {
        return "the base directory " + base + ", which safe mode " + safeMode + " keeps files to";
    }
}
