package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.internal.SiteHref;

import java.util.List;

/**
 * The way from the site's home to a page, above its title: home, then the navigation's entries that
 * lead to the page, then the page itself, marked as the current one. Only for a page in a folder or
 * under another entry: at the top of the site the navigation alone says where the reader is.
 */
public final class Breadcrumbs {

    private final Navigation navigation;
    private final NavLabels labels;
    private final String home;

    /** @param home the page the site's home link leads to, or null */
    public Breadcrumbs(Navigation navigation, NavLabels labels, String home) {
        this.navigation = navigation;
        this.labels = labels;
        this.home = home;
    }

    /**
     * @param page the page shown (path in the source directory, with {@code /})
     * @param root the way from that page up to the site's root
     */
    public void append(StringBuilder html, String page, String root) {
        List<NavItem> trail = navigation.trail(page);
        if (page.equals(home) || page.indexOf('/') < 0 && trail.isEmpty()) {
            return;
        }
        html.append("<nav class=\"oc-breadcrumbs\" aria-label=\"Breadcrumbs\">\n<ol>\n");
        if (home != null && (trail.isEmpty() || !home.equals(trail.get(0).page()))) {
            crumb(html, labels.of(home), home, "", root, false);
        }
        for (NavItem entry : trail) {
            crumb(html, entry.title(), entry.page(), entry.fragment(), root, false);
        }
        crumb(html, labels.of(page), page, "", root, true);
        html.append("</ol>\n</nav>\n");
    }

    /** A crumb that links its page, or names a section without one. */
    private static void crumb(StringBuilder html, String label, String page, String fragment, String root, boolean current) {
        html.append("<li>");
        if (page == null) {
            html.append("<span>").append(label).append("</span>");
        } else {
            html.append("<a href=\"").append(Html.escape(SiteHref.of(root, NavHtml.htmlPath(page))))
                    .append(fragment.isEmpty() ? "" : "#" + Html.escape(fragment)).append('"')
                    .append(current ? " aria-current=\"page\"" : "").append('>').append(label).append("</a>");
        }
        html.append("</li>\n");
    }
}
