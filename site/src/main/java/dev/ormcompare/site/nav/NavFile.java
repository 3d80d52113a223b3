package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.catalog.Suggestions;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.convert.PageHeader;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the nav file, written as an Antora navigation file reads: an AsciiDoc list of xrefs, nested
 * lists for sections, a {@code .Title} line to open a titled section:
 *
 * <pre>
 * * xref:index.adoc[]
 * * xref:install.adoc[Installing]
 * .Guides
 * * xref:guides/first.adoc[]
 * * Reference
 * ** xref:reference/goals.adoc[]
 * </pre>
 *
 * An xref without text shows the page's title. A line it cannot read, or an xref to no page, is a
 * warning at its line, and the rest of the file still counts.
 */
public final class NavFile {

    /** Its name in the source directory; never a page itself. */
    public static final String NAME = SiteLook.NAV_FILE;

    private static final Pattern ITEM = Pattern.compile("(\\*+)\\s+(.*)");
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]+)\\[(.*)]");

    private NavFile() {
    }

    /**
     * @param text     the nav file's content
     * @param file     where it is, for the warnings
     * @param pages    every page and its header
     * @param problems where the warnings go
     */
    public static Navigation read(String text, Path file, Map<String, PageHeader> pages, List<Problem> problems) {
        List<NavItem> top = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        boolean inTitledSection = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//") || line.startsWith(":")) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            int level;
            String content;
            if (item.matches()) {
                // Under a .Title, a * item is one level down.
                level = item.group(1).length() - (inTitledSection ? 0 : 1);
                content = item.group(2).strip();
            } else if (line.matches("\\.[^.\\s].*")) {
                level = 0;
                content = line.substring(1).strip();
                inTitledSection = true;
            } else {
                problems.add(new Problem(Severity.WARN, file, i + 1, "'" + line + "' is not a navigation entry; "
                        + (XREF.matcher(line).matches() ? "did you mean '* " + line + "'? Write" : "write")
                        + " '* xref:page.adoc[]' for a page, '* Title' or '.Title' for a section"));
                continue;
            }
            Open entry = entry(content, level, file, i + 1, pages, problems);
            if (entry == null) {
                continue;
            }
            while (!open.isEmpty() && open.peek().level >= level) {
                close(open, top);
            }
            open.push(entry);
        }
        while (!open.isEmpty()) {
            close(open, top);
        }
        return new Navigation(top);
    }

    /** An entry whose children are still being read. */
    private record Open(int level, String title, String page, String fragment, List<NavItem> children) {
    }

    private static Open entry(String content, int level, Path file, int line, Map<String, PageHeader> pages,
                              List<Problem> problems) {
        Matcher xref = XREF.matcher(content);
        if (!xref.matches()) {
            return new Open(level, Html.escape(content), null, "", new ArrayList<>());
        }
        String target = xref.group(1);
        int hash = target.indexOf('#');
        String page = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        if (!pages.containsKey(page)) {
            problems.add(new Problem(Severity.WARN, file, line, "xref to '" + page + "' leads to no page"
                    + Suggestions.didYouMean(page, pages.keySet())));
            return null;
        }
        String text = xref.group(2).strip();
        return new Open(level, text.isEmpty() ? Navigation.title(page, pages.get(page)) : Html.escape(text), page,
                fragment, new ArrayList<>());
    }

    private static void close(Deque<Open> open, List<NavItem> top) {
        Open done = open.pop();
        NavItem item = new NavItem(done.title(), done.page(), done.fragment(), done.children());
        (open.isEmpty() ? top : open.peek().children()).add(item);
    }
}
