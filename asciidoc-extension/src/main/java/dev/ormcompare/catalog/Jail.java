package dev.ormcompare.catalog;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where catalog and source files may be read from. Asciidoctor's safe modes (SAFE and above)
 * keep a document to files below its base directory; a catalog follows the same rule. A link below
 * the base directory may lead anywhere, so what is compared is where a path really leads.
 *
 * @param base     the directory files must be below, or null for anywhere
 * @param safeMode the safe mode's name, for messages
 */
public record Jail(Path base, String safeMode) {

    /** Anywhere: Asciidoctor's UNSAFE mode, and tools that are not Asciidoctor. */
    public static final Jail NONE = new Jail(null, "UNSAFE");

    /** True when {@code file} is below the base directory both as written and where it really leads. */
    public boolean allows(Path file) {
        return base == null
                || file.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize())
                && whereItLeads(file).startsWith(whereItLeads(base));
    }

    /**
     * The real path of {@code file}, through any links. For a path that does not exist, the real path
     * of its nearest existing directory with the rest appended, so a missing file behind a link that
     * leads out is judged as out (and its absence tells nothing about the outside).
     */
    public static Path whereItLeads(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                // not there (or not readable): try its directory
            }
        }
        return absolute;
    }

    /** E.g. "the base directory /docs, which safe mode SAFE keeps files to". */
    public String describe() {
        return "the base directory " + base + ", which safe mode " + safeMode + " keeps files to";
    }
}
