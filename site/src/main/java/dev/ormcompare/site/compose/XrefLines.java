package dev.ormcompare.site.compose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page's source names each link target: the first line that holds {@code name.adoc},
 * {@code name.html} or {@code name#} ({@code xref:guides/first.adoc[]}, {@code <<goals.adoc#render,...>>}),
 * and the first that names each id in a link ({@code goals.adoc#render}, {@code <<render>>}),
 * found in one pass over the page. A page with thousands of broken links is located in time linear in
 * its lines and links: one lookup each, never a scan of the page per link.
 */
final class XrefLines {

    /** A name before {@code .adoc}, {@code .html} or {@code #}: no spaces, brackets, quotes or the macro's colon. */
    private static final Pattern NAMED = Pattern.compile("([^\\s\\[\\]<>,:\"'`=]+?)(?:\\.adoc|\\.html|#)");

    /** An id after {@code #}, {@code <<} or {@code xref:} ({@code goals.adoc#render[]}, {@code <<render>>}, {@code xref:render[]}). */
    private static final Pattern ANCHOR = Pattern.compile("(?:#|<<|xref:)([^\\s\\[\\]<>,\"'`#]+)");

    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Map<String, Integer> firstAnchorLine = new HashMap<>();

    XrefLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher named = NAMED.matcher(lines.get(i));
            while (named.find()) {
                firstLine.putIfAbsent(named.group(1), i + 1);
            }
            Matcher anchor = ANCHOR.matcher(lines.get(i));
            while (anchor.find()) {
                firstAnchorLine.putIfAbsent(anchor.group(1), i + 1);
            }
        }
    }

    /** The first line naming the id {@code id} in a link, or 0 when the page does not. */
    int lineOfAnchor(String id) {
        return firstAnchorLine.getOrDefault(id, 0);
    }

    /** The first line naming {@code name} (a target without its extension), or 0 when the page does not: an included file does. */
    int lineOf(String name) {
        return firstLine.getOrDefault(name, 0);
    }
}
