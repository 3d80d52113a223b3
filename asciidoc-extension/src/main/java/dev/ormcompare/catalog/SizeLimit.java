package dev.ormcompare.catalog;

/**
 * The most bytes a file the catalog reads may hold: enough for any real snippet or catalog, and
 * small enough that a wrong path (a disk image, a log) is an error, not an out-of-memory crash.
 *
 * @param bytes the limit
 * @param what  the files it applies to, for messages
 * @param fix   what to do about a file over it
 */
record SizeLimit(int bytes, String what, String fix) {

    private static final int MIB = 1024 * 1024;

    /** A source file a snippet takes code from with {@code include=}. */
    static final SizeLimit SNIPPET_SOURCE = new SizeLimit(MIB, "a snippet source file (include=)",
            "take the code from a smaller file");

    /** A catalog file, inline snippets and all. */
    static final SizeLimit CATALOG_FILE = new SizeLimit(16 * MIB, "a catalog file",
            "split it into several catalog files");

    /** E.g. "the limit of 1 MiB (1048576 bytes) for a snippet source file (include=)". */
    String describe() {
        return "the limit of " + bytes / MIB + " MiB (" + bytes + " bytes) for " + what;
    }
}
