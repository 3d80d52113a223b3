package dev.ormcompare.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a source file between {@code tag::name[]} and {@code end::name[]}, as AsciiDoc's
 * include tags mark them (in a comment of the file's own language). Marker lines of any tag are
 * left out, and the region is outdented, so a snippet from inside a method reads on its own.
 */
final class SourceRegion {

    /** Possessive: a tag name never gives back characters, so a long line costs one pass. */
    private static final Pattern MARKER = Pattern.compile("\\b(tag|end)::([\\w.-]++)\\[\\]");

    private SourceRegion() {
    }

    /**
     * @param fileName the file's name, for messages
     * @throws IllegalArgumentException with a message saying what is missing and what is there
     */
    static String extract(String text, String tag, String fileName) {
        List<String> region = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        boolean inside = false;
        boolean found = false;
        int openedAt = 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (marker.find()) {
                tags.add(marker.group(2));
                if (marker.group(2).equals(tag)) {
                    if (marker.group(1).equals("tag")) {
                        inside = true;
                        found = true;
                        openedAt = i + 1;
                    } else {
                        inside = false;
                    }
                }
                continue;
            }
            if (inside) {
                region.add(lines.get(i));
            }
        }
        if (!found) {
            throw new IllegalArgumentException("tag '" + tag + "' not found in " + fileName + (tags.isEmpty()
                    ? "; mark the region with tag::" + tag + "[] and end::" + tag + "[] comments"
                    : Suggestions.didYouMean(tag, tags) + " Tags there: " + String.join(", ", tags) + "."));
        }
        if (inside) {
            throw new IllegalArgumentException("tag '" + tag + "' opened on line " + openedAt + " of " + fileName
                    + " is never closed; add an end::" + tag + "[] comment");
        }
        return outdent(region);
    }

    /**
     * Drops the blank lines at both ends, empties the ones inside, and takes the common indent off
     * the rest. One pass over the lines, no regular expression: a region of a million blank lines
     * costs what a million short lines cost.
     */
    private static String outdent(List<String> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        int indent = Integer.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder code = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                code.append('\n');
            }
            String line = lines.get(i);
            if (!line.isBlank()) {
                code.append(line, indent, line.length());
            }
        }
        return code.toString();
    }
}
