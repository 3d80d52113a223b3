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
 * Reads the nav file, written as an Antora navigation file reads: an AsciiDoc list of xrefs, links
 * and plain titles, nested lists for sections, a {@code .Title} line to open a titled section:
 *
 * <pre>
 * * xref:index.adoc[]
 * * xref:install.adoc[Installing]
 * * link:https://example.com[Project site]
 * .Guides
 * * xref:guides/first.adoc[]
 * * Reference
 * ** xref:reference/goals.adoc[]
 * </pre>
 *
 * An xref without text shows the page's title; a title with nothing under it is a heading. A line it
 * cannot read, an xref to no page, or a link the navigation will not follow is a warning at its line,
 * and the rest of the file still counts.
 */
public final class NavFile {

    /** Its name in the source directory; never a page itself. */
    public static final String NAME = SiteLook.NAV_FILE;

    private static final Pattern ITEM = Pattern.compile("(\\*+)\\s+(.*)");
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]+)\\[(.*)]");
    /** {@code link:target[text]}, and a URL with text, {@code https://example.com[text]}. */
    private static final Pattern LINK = Pattern.compile("(?:link:([^\\[\\s]+)|((?:https?|ftps?|mailto):[^\\[\\s]+))\\[(.*)]");
    private static final Pattern BARE_URL = Pattern.compile("(?:https?|ftps?)://\\S+");
    private static final Pattern MACRO = Pattern.compile("(?:xref|link):.*");

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
        NavLabels labels = new NavLabels(pages);
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
            Open entry = entry(content, level, file, i + 1, pages, labels, problems);
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
    private record Open(int level, String title, String page, String fragment, NavLink link, List<NavItem> children) {
    }

    private static Open entry(String content, int level, Path file, int line, Map<String, PageHeader> pages,
                              NavLabels labels, List<Problem> problems) {
        Matcher xref = XREF.matcher(content);
        if (xref.matches()) {
            return page(xref, level, file, line, pages, labels, problems);
        }
        Matcher link = LINK.matcher(content);
        if (link.matches()) {
            String target = link.group(1) != null ? link.group(1) : link.group(2);
            return link(target, link.group(3).strip(), level, file, line, problems);
        }
        if (BARE_URL.matcher(content).matches()) {
            return link(content, "", level, file, line, problems);
        }
        if (MACRO.matcher(content).matches()) {
            problems.add(new Problem(Severity.WARN, file, line, "'" + content + "' is not a navigation entry: it needs "
                    + "a target and brackets; write '* xref:page.adoc[]' for a page, '* link:https://example.com[Text]' "
                    + "for another address"));
            return null;
        }
        return new Open(level, Html.escape(content), null, "", null, new ArrayList<>());
    }

    private static Open link(String target, String text, int level, Path file, int line, List<Problem> problems) {
        NavLink link = NavLink.of(target).orElse(null);
        if (link == null) {
            problems.add(new Problem(Severity.WARN, file, line, "'" + target + "' is left out of the navigation: it "
                    + "links only http, https, mailto and ftp addresses, and files of the site"));
            return null;
        }
        return new Open(level, Html.escape(text.isEmpty() ? target : text), null, "", link, new ArrayList<>());
    }

    private static Open page(Matcher xref, int level, Path file, int line, Map<String, PageHeader> pages,
                             NavLabels labels, List<Problem> problems) {
        String target = xref.group(1);
        int hash = target.indexOf('#');
        String page = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        if (!pages.containsKey(page)) {
            problems.add(new Problem(Severity.WARN, file, line, "xref to '" + page + "' leads to no page"
                    + Suggestions.didYouMean(page, pages.keySet())));
            return null;
        }
        if (!fragment.isEmpty() && !pages.get(page).outline().ids().contains(fragment)) {
            problems.add(new Problem(Severity.WARN, file, line, "xref to '" + target + "' leads to no place in that page"
                    + Suggestions.didYouMean(fragment, pages.get(page).outline().ids())));
        }
        String text = xref.group(2).strip();
        return new Open(level, text.isEmpty() ? labels.of(page) : Html.escape(text), page,
                fragment, null, new ArrayList<>());
    }

    private static void close(Deque<Open> open, List<NavItem> top) {
        Open done = open.pop();
        NavItem item = new NavItem(done.title(), done.page(), done.fragment(), done.link(), done.children());
        (open.isEmpty() ? top : open.peek().children()).add(item);
    }
}
