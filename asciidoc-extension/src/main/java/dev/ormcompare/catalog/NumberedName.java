package dev.ormcompare.catalog;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder or file name of a catalog tree: {@code 10-raw-queries} orders as 10 and is named
 * {@code raw-queries}. A name without a number prefix orders after every numbered one, by name.
 *
 * @param order the number prefix, or {@link Long#MAX_VALUE} when there is none
 * @param name  the name less its number prefix
 * @param full  the name as it is on disk
 */
record NumberedName(long order, String name, String full) {

    private static final Pattern PREFIX = Pattern.compile("(\\d{1,18})[-_](.+)");

    /** Numbered names by number, then every other name; ties by the name on disk. */
    static final Comparator<NumberedName> ORDER = Comparator.comparingLong(NumberedName::order)
            .thenComparing(NumberedName::full);

    static NumberedName of(String full) {
        Matcher prefixed = PREFIX.matcher(full);
        return prefixed.matches() ? new NumberedName(Long.parseLong(prefixed.group(1)), prefixed.group(2), full)
                : new NumberedName(Long.MAX_VALUE, full, full);
    }
}
