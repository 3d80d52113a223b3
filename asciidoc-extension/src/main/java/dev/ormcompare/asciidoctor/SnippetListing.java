package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Snippet;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet written as the AsciiDoc source listing a docs writer would have typed, so Asciidoctor
 * parses it like any other listing: its subs, callouts and source highlighter all apply.
 */
final class SnippetListing {

    private SnippetListing() {
    }

    static List<String> lines(Snippet snippet) {
        String delimiter = delimiterFor(snippet.code());
        List<String> lines = new ArrayList<>();
        // No callouts: a "<1>" at the end of a line is code here, shown as written.
        lines.add("[source," + snippet.language() + ",subs=\"-callouts\"]");
        lines.add(delimiter);
        lines.addAll(snippet.code().lines().toList());
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
