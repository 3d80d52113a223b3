package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.SnippetFile;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet's file written as the AsciiDoc source listing a docs writer would have typed, so Asciidoctor
 * parses it like any other listing: its subs, callouts and source highlighter all apply.
 */
final class SnippetListing {

    private SnippetListing() {
    }

    static List<String> lines(SnippetFile file) {
        String delimiter = delimiterFor(file.code());
        List<String> lines = new ArrayList<>();
        // No callouts: a "<1>" at the end of a line is code here, shown as written.
        lines.add("[source," + file.language() + ",subs=\"-callouts\"]");
        lines.add(delimiter);
        lines.addAll(file.code().lines().toList());
        lines.add(delimiter);
        return lines;
    }

    /** {@code ----}, or longer than any line of dashes in the code, which would otherwise end the listing. */
    private static String delimiterFor(String code) {
        int longest = code.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && line.chars().allMatch(c -> c == '-'))
                .mapToInt(String::length)
                .max()
                .orElse(0);
        return "-".repeat(Math.max(4, longest + 1));
    }
}
