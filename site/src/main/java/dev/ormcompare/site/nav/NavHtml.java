package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.internal.SiteHref;

import java.nio.file.Path;
import java.util.List;

/**
 * The navigation's entries as nested lists, for one page: its entry marked as the current page, its
 * sections open. A section with a page of its own links that page beside its summary, never inside
 * it: a link inside a summary would be a control inside a control.
 */
public final class NavHtml {

    private final Navigation navigation;
    private final String page;
    private final String root;
    private final NavItem current;

    /**
     * @param page the page shown (path in the source directory, with {@code /})
     * @param root the way from that page up to the site's root: {@code ""}, {@code "../"}, ...
     */
    public NavHtml(Navigation navigation, String page, String root) {
        this.navigation = navigation;
        this.page = page;
        this.root = root;
        this.current = navigation.entryOf(page);
    }

    public void list(StringBuilder html) {
        list(html, navigation.items(), true);
    }

    /**
     * A section starts open when it leads to the page shown, or when it is a heading of the top level:
     * those are the site's main parts, which a reader should see without opening each.
     */
    private void list(StringBuilder html, List<NavItem> items, boolean top) {
        html.append("<ul>\n");
        for (NavItem item : items) {
            if (!item.isSection() && !item.isLink()) {
                html.append("<li class=\"oc-nav-heading\"><span>").append(item.title()).append("</span></li>\n");
                continue;
            }
            if (!item.isSection()) {
                html.append("<li>");
                link(html, item);
                html.append("</li>\n");
                continue;
            }
            String open = item.leadsTo(page) || top && !item.isLink() ? " open" : "";
            if (!item.isLink()) {
                html.append("<li class=\"oc-nav-section\"><details").append(open).append("><summary>").append(item.title());
            } else {
                html.append("<li class=\"oc-nav-section oc-nav-led\">");
                link(html, item);
                html.append("<details").append(open).append("><summary><span class=\"oc-hidden\">Pages under ")
                        .append(item.title()).append("</span>");
            }
            html.append("</summary>\n");
            list(html, item.children(), false);
            html.append("</details></li>\n");
        }
        html.append("</ul>\n");
    }

    private void link(StringBuilder html, NavItem item) {
        if (item.page() == null) {
            html.append("<a href=\"").append(Html.escape(item.link().href(root))).append("\">").append(item.title())
                    .append("</a>");
            return;
        }
        html.append("<a href=\"").append(Html.escape(SiteHref.of(root, htmlPath(item.page()))))
                .append(item.fragment().isEmpty() ? "" : "#" + Html.escape(item.fragment())).append('"')
                .append(item == current ? " aria-current=\"page\"" : "").append('>')
                .append(item.title()).append("</a>");
    }

    /** {@code guides/first.adoc} is at {@code guides/first.html} in the site. */
    public static String htmlPath(String page) {
        return DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page)));
    }
}
