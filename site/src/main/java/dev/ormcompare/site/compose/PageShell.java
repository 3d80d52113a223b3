package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.internal.HtmlText;
import dev.ormcompare.site.internal.SiteHref;
import dev.ormcompare.site.nav.Breadcrumbs;
import dev.ormcompare.site.nav.NavHtml;
import dev.ormcompare.site.nav.NavLabels;
import dev.ormcompare.site.nav.Navigation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts a converted page into the site's page: head, header, navigation, the page itself,
 * previous and next, footer. The theme's and the tabs' CSS and scripts are files of the site
 * ({@link ThemeAssets}), linked by every page, so the browser loads them once.
 */
final class PageShell {

    /** The toggle's icons; the theme shows the one for the scheme it switches to. */
    private static final String MOON = "<svg class=\"oc-icon oc-icon-moon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
            + "focusable=\"false\"><path d=\"M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z\"/></svg>";
    private static final String SUN = "<svg class=\"oc-icon oc-icon-sun\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
            + "focusable=\"false\"><circle cx=\"12\" cy=\"12\" r=\"4\"/><path d=\"M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 "
            + "17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4\"/></svg>";

    /** The search box (search.js brings it to life): a combobox with a listbox of results, and a status that announces their number. */
    private static final String SEARCH = """
            <div class="oc-search" role="search" data-root="{root}">
            <label class="oc-visually-hidden" for="oc-search-input">Search the docs</label>
            <input id="oc-search-input" type="text" role="combobox" aria-expanded="false" aria-controls="oc-search-results" \
            aria-autocomplete="list" autocomplete="off" spellcheck="false" placeholder="Search">
            <kbd class="oc-search-key" aria-hidden="true">/</kbd>
            <ul id="oc-search-results" role="listbox" aria-label="Search results" hidden></ul>
            <p class="oc-visually-hidden" role="status" aria-live="polite"></p>
            </div>
            """;

    private final SiteLook look;
    private final Navigation navigation;
    private final Map<String, PageHeader> headers;
    private final BrandingHtml branding;
    private final PageMeta meta;
    /** The page the home link leads to: the site's index, else the first page of the navigation. */
    private final String home;
    private final NavLabels labels;
    private final Breadcrumbs breadcrumbs;

    PageShell(SiteLook look, Navigation navigation, SortedMap<String, PageHeader> headers) {
        this.look = look;
        this.navigation = navigation;
        this.headers = headers;
        this.branding = new BrandingHtml(look);
        this.meta = new PageMeta(look);
        this.home = navigation.home(headers.keySet());
        this.labels = new NavLabels(headers);
        this.breadcrumbs = new Breadcrumbs(navigation, labels, home);
    }

    String page(String page, ConvertedPage converted, String body) {
        return page(page, "../".repeat((int) page.chars().filter(c -> c == '/').count()), converted, body);
    }

    /**
     * @param root the way from the page to the site's root: {@code ../} for each folder, or the site's path from the
     *             server's root ({@code /docs/}) for a page served at any address, such as the 404 page
     */
    String page(String page, String root, ConvertedPage converted, String body) {
        boolean sourced = headers.containsKey(page); // not the 404 page, which has no source
        String title = sourced ? Navigation.title(page, headers.get(page)) : Html.escape(HtmlText.of(converted.title()));
        StringBuilder html = new StringBuilder(body.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ormcompare\">\n")
                .append("<title>").append(title.equals(Html.escape(look.name())) || look.name().isEmpty() ? title
                        : title + " · " + Html.escape(look.name())).append("</title>\n");
        for (String script : ThemeAssets.HEAD_SCRIPTS) {
            html.append("<script src=\"").append(root).append(script).append("\"></script>\n");
        }
        for (String script : ThemeAssets.DEFERRED_SCRIPTS) {
            html.append("<script src=\"").append(root).append(script).append("\" defer></script>\n");
        }
        for (String stylesheet : ThemeAssets.STYLESHEETS) {
            html.append("<link rel=\"stylesheet\" href=\"").append(root).append(stylesheet).append("\">\n");
        }
        if (!look.stylesheet().isEmpty()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(root).append(Html.escape(look.stylesheet())).append("\">\n");
        }
        branding.head(html, root);
        if (sourced) {
            meta.head(html, DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page))), title, converted.description());
        }
        html.append(converted.docinfoHead()).append(converted.docinfoHead().isEmpty() ? "" : "\n");
        html.append("</head>\n<body class=\"oc-site\">\n<a class=\"oc-skip\" href=\"#oc-main\">Skip to content</a>\n");
        header(html, root);
        if (!converted.docinfoHeader().isEmpty()) {
            // In a landmark of its own below the header, so that everything on the page is in one (axe 'region').
            html.append("<div class=\"oc-docinfo-header\" role=\"region\" aria-label=\"Notice\">\n")
                    .append(converted.docinfoHeader()).append("\n</div>\n");
        }
        html.append("<div class=\"oc-layout\">\n");
        nav(html, page, root);
        html.append("<main id=\"oc-main\" class=\"oc-main\" tabindex=\"-1\">\n");
        breadcrumbs.append(html, page, root);
        html.append("<article class=\"oc-doc\">\n");
        PageHeader header = headers.get(page);
        if (header != null && !header.outline().titled()) {
            // A page without a document title (a chapter published as a page) starts at its sections:
            // its title is still there for those who navigate by headings.
            html.append("<h1 class=\"oc-visually-hidden\">").append(title).append("</h1>\n");
        }
        html.append(body).append("\n</article>\n");
        BrandingHtml.editLink(html, sourced ? look.publishing().editUrlOf(page) : "");
        pagination(html, page, root);
        html.append("</main>\n</div>\n");
        branding.footer(html, root, converted.docinfoFooter());
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header(StringBuilder html, String root) {
        html.append("<header class=\"oc-header\">\n")
                .append("<button class=\"oc-nav-toggle\" type=\"button\" aria-controls=\"oc-nav\" aria-expanded=\"false\">")
                .append("Menu</button>\n")
                .append("<a class=\"oc-home\" href=\"")
                .append(home == null || NavHtml.htmlPath(home).equals("index.html") ? root + "index.html"
                        : Html.escape(SiteHref.of(root, NavHtml.htmlPath(home))))
                .append("\">");
        if (!look.logo().isEmpty()) {
            html.append("<img class=\"oc-logo\" src=\"").append(root).append(Html.escape(look.logo())).append("\" alt=\"\"> ");
        }
        html.append("<span class=\"oc-name\">").append(Html.escape(look.name())).append("</span></a>\n");
        if (!look.version().isEmpty()) {
            html.append("<span class=\"oc-version\">").append(Html.escape(look.version())).append("</span>\n");
        }
        html.append(SEARCH.replace("{root}", root));
        branding.headerLinks(html, root);
        html.append("<button class=\"oc-theme-toggle\" type=\"button\" aria-pressed=\"false\" aria-label=\"Dark theme\">")
                .append(MOON).append(SUN).append("</button>\n</header>\n");
    }

    private void nav(StringBuilder html, String page, String root) {
        html.append("<nav id=\"oc-nav\" class=\"oc-nav\" aria-label=\"Site\">\n");
        new NavHtml(navigation, page, root).list(html);
        html.append("</nav>\n");
    }

    private void pagination(StringBuilder html, String page, String root) {
        List<String> order = navigation.readingOrder();
        int at = order.indexOf(page);
        if (at < 0 || order.size() < 2) {
            return;
        }
        html.append("<nav class=\"oc-pagination\" aria-label=\"Previous and next\">\n");
        if (at > 0) {
            neighbour(html, "prev", "Previous", order.get(at - 1), root);
        }
        if (at < order.size() - 1) {
            neighbour(html, "next", "Next", order.get(at + 1), root);
        }
        html.append("</nav>\n");
    }

    private void neighbour(StringBuilder html, String rel, String label, String page, String root) {
        html.append("<a rel=\"").append(rel).append("\" href=\"")
                .append(Html.escape(SiteHref.of(root, NavHtml.htmlPath(page)))).append("\"><span>")
                .append(label).append("</span> ").append(labels.of(page)).append("</a>\n");
    }
}
