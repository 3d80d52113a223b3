package dev.ormcompare.catalog;

/** A comparison that cannot be built from what the docs writer asked for; the message says why and what would work. */
public final class ComparisonException extends Exception {

    public ComparisonException(String message) {
        super(message);
    }
}
