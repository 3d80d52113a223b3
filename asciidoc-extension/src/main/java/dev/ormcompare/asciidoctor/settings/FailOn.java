package dev.ormcompare.asciidoctor.settings;

import org.asciidoctor.log.Severity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which of Asciidoctor's messages fail a build: those at a severity or above, or none at all
 * ({@code NONE}: every message is only logged). Read from a setting's text, whatever its case.
 */
public final class FailOn {

    /** Errors and fatal errors fail the build: the default. */
    public static final FailOn ERROR = new FailOn(Severity.ERROR);

    /** No message fails the build. */
    public static final FailOn NONE = new FailOn(null);

    private static final List<Severity> SEVERITIES =
            List.of(Severity.DEBUG, Severity.INFO, Severity.WARN, Severity.ERROR, Severity.FATAL);

    /** The values a setting may take, for a message: "DEBUG, INFO, WARN, ERROR, FATAL or NONE". */
    public static final String CHOICES = SEVERITIES.stream().map(Severity::name).collect(Collectors.joining(", "))
            + " or NONE";

    private final Severity lowest;

    private FailOn(Severity lowest) {
        this.lowest = lowest;
    }

    /** The lowest severity that fails, e.g. {@code Severity.WARN}. */
    public static FailOn atLeast(Severity lowest) {
        return new FailOn(lowest);
    }

    /**
     * @param text a severity such as {@code error} or {@code WARN}, or {@code NONE}
     * @throws IllegalArgumentException naming the value, e.g. "'EROR' is not a severity": the caller
     *                                  says where it was set and adds {@link #CHOICES}
     */
    public static FailOn of(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("NONE")) {
            return NONE;
        }
        for (Severity severity : SEVERITIES) {
            if (severity.name().equals(name)) {
                return new FailOn(severity);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity");
    }

    /** True when a message of this severity fails the build. */
    public boolean fails(Severity severity) {
        return lowest != null && severity.ordinal() >= lowest.ordinal();
    }

    /** {@code ERROR}, {@code NONE}: as a user writes it. */
    @Override
    public String toString() {
        return lowest == null ? "NONE" : lowest.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailOn that && that.lowest == lowest;
    }

    @Override
    public int hashCode() {
        return lowest == null ? 0 : lowest.hashCode();
    }
}
