package dev.ormcompare.catalog;

/** A mistake in a catalog file, located by file and line so the docs writer can fix it. */
public final class CatalogException extends Exception {

    private final String source;
    private final int line;
    private final String problem;

    public CatalogException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The catalog file, as the docs writer would name it. */
    public String source() {
        return source;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }

    /** What is wrong and what would be right, without the location. */
    public String problem() {
        return problem;
    }
}
