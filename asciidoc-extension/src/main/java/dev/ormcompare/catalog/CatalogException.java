package dev.ormcompare.catalog;

/**
 * A mistake in a catalog, located by file and line (or by the folder of a catalog tree) so the docs
 * writer can fix it.
 */
public final class CatalogException extends Exception {

    private final String source;
    private final int line;
    private final String problem;

    public CatalogException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The catalog file, as the docs writer would name it. */
    public String source() {
        return source;
    }

    /** A mistake in a folder, or a file as a whole, which no line locates. */
    public CatalogException(String source, String problem) {
        this(source, 0, problem);
    }

    /** The 1-based line the problem is on; 0 for a folder or a file as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong and what would be right, without the location. */
    public String problem() {
        return problem;
    }
}
