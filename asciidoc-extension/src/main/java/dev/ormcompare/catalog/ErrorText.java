package dev.ormcompare.catalog;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bounds what an error message repeats. A value a docs writer gave may be a megabyte and a catalog
 * may hold thousands of ORMs, but a message is read in a build log, a line or two per mistake.
 */
public final class ErrorText {

    /** Characters of a value shown; a longer value is cut there and its length given. */
    static final int SHOWN = 60;

    /** Known values listed; the rest are counted. */
    static final int LISTED = 20;

    /** Where a docs writer sees every ORM and topic of the catalog. */
    static final String SEE_ALL = "mvn ormcompare:catalog or an ormmatrix::[] block lists them all";

    private ErrorText() {
    }

    /** {@code 'django'}, or {@code 'xxx...' (1,000,000 characters)} for a value longer than a line's worth. */
    public static String quote(String value) {
        return value.length() <= SHOWN ? "'" + value + "'"
                : "'" + cut(value) + "...' (" + String.format(Locale.ROOT, "%,d", value.length()) + " characters)";
    }

    /** {@code sql, django, prisma}, or the first twenty and how many more there are, and where to see them. */
    public static String list(Collection<String> values) {
        String listed = values.stream().limit(LISTED).map(ErrorText::shorten).collect(Collectors.joining(", "));
        int more = values.size() - LISTED;
        return more <= 0 ? listed : listed + " and " + String.format(Locale.ROOT, "%,d", more) + " more (" + SEE_ALL + ")";
    }

    /** A listed value, cut like a quoted one but without the quotes. */
    private static String shorten(String value) {
        return value.length() <= SHOWN ? value : cut(value) + "...";
    }

    /** The first {@link #SHOWN} characters, not splitting a surrogate pair. */
    private static String cut(String value) {
        int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return value.substring(0, end);
    }
}
