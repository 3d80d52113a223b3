package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.SiteBranding;
import dev.ormcompare.site.SiteLink;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.internal.SiteHref;

import java.net.URI;
import java.util.Locale;

/**
 * The team's own look in every page of the site ({@link SiteBranding}): the favicon, the accent colour, more
 * stylesheets and scripts in the head; the repository, chat and other links in the header; the footer's text,
 * links and docinfo inside the footer landmark. Paths in the site are linked from each page's folder.
 */
final class BrandingHtml {

    /** A folder with a branch: any repository, whichever its host. */
    private static final String REPOSITORY_ICON = "<svg class=\"oc-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
            + "focusable=\"false\"><circle cx=\"6\" cy=\"5\" r=\"2.2\"/><circle cx=\"6\" cy=\"19\" r=\"2.2\"/>"
            + "<circle cx=\"18\" cy=\"8\" r=\"2.2\"/><path d=\"M6 7.2v9.6M18 10.2c0 4-6 3-11 6.8\"/></svg>";
    private static final String CHAT_ICON = "<svg class=\"oc-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
            + "focusable=\"false\"><path d=\"M4 5h16v11H10l-5 4v-4H4z\"/></svg>";
    private static final String EDIT_ICON = "<svg class=\"oc-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
            + "focusable=\"false\"><path d=\"M4 20h4L19 9l-4-4L4 16zM13 7l4 4\"/></svg>";

    private final SiteLook look;
    private final SiteBranding branding;

    BrandingHtml(SiteLook look) {
        this.look = look;
        this.branding = look.branding();
    }

    /** The favicon, the accent colour, the team's stylesheets and scripts: after the theme's, so they win. */
    void head(StringBuilder html, String root) {
        if (!branding.favicon().isEmpty()) {
            html.append("<link rel=\"icon\" href=\"").append(href(root, branding.favicon())).append("\"")
                    .append(branding.favicon().endsWith(".svg") ? " type=\"image/svg+xml\"" : "").append(">\n");
        }
        if (!branding.accent().isEmpty() || !branding.accentDark().isEmpty()) {
            String light = branding.accent().isEmpty() ? branding.accentDark() : branding.accent();
            String dark = branding.accentDark().isEmpty() ? light : branding.accentDark();
            // The current page's background is the accent faded into the theme's background (white; #0d1117 dark).
            html.append("<style>:root{--oc-accent:light-dark(").append(light).append(",").append(dark)
                    .append(");--oc-accent-bg:light-dark(color-mix(in srgb,").append(light).append(" 14%,#ffffff),color-mix(in srgb,")
                    .append(dark).append(" 18%,#0d1117))}</style>\n");
        }
        for (String stylesheet : branding.stylesheets()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(href(root, stylesheet)).append("\">\n");
        }
        for (String script : branding.scripts()) {
            html.append("<script src=\"").append(href(root, script)).append("\" defer></script>\n");
        }
    }

    /** The repository (by its host's name), the chat and the other header links, before the theme's toggle. */
    void headerLinks(StringBuilder html, String root) {
        if (branding.repositoryUrl().isEmpty() && branding.chatUrl().isEmpty() && branding.headerLinks().isEmpty()) {
            return;
        }
        html.append("<nav class=\"oc-header-links\" aria-label=\"Project\">\n");
        for (SiteLink link : branding.headerLinks()) {
            html.append("<a class=\"oc-header-text-link\" href=\"").append(href(root, link)).append("\">")
                    .append(Html.escape(link.text())).append("</a>\n");
        }
        if (!branding.chatUrl().isEmpty()) {
            iconLink(html, branding.chatUrl(), "Chat", CHAT_ICON);
        }
        if (!branding.repositoryUrl().isEmpty()) {
            iconLink(html, branding.repositoryUrl(), repositoryName(branding.repositoryUrl()), REPOSITORY_ICON);
        }
        html.append("</nav>\n");
    }

    /**
     * The footer landmark: its text, the footer links, docinfo. On narrow screens the header's links are listed
     * here too, where the header has no room for them: its words below 48em, its icons below 30em.
     */
    void footer(StringBuilder html, String root, String docinfoFooter) {
        html.append("<footer class=\"oc-footer\">");
        if (!look.footer().isEmpty()) {
            html.append("<p>").append(Html.escape(look.footer())).append("</p>");
        }
        StringBuilder links = new StringBuilder();
        for (SiteLink link : branding.footerLinks()) {
            footerLink(links, "", href(root, link), link.text());
        }
        for (SiteLink link : branding.headerLinks()) {
            footerLink(links, "oc-from-header-text", href(root, link), link.text());
        }
        if (!branding.chatUrl().isEmpty()) {
            footerLink(links, "oc-from-header-icon", Html.escape(branding.chatUrl()), "Chat");
        }
        if (!branding.repositoryUrl().isEmpty()) {
            footerLink(links, "oc-from-header-icon", Html.escape(branding.repositoryUrl()),
                    repositoryName(branding.repositoryUrl()));
        }
        if (!links.isEmpty()) {
            html.append("\n<ul class=\"oc-footer-links\">").append(links).append("</ul>");
        }
        if (!docinfoFooter.isEmpty()) {
            html.append("\n<div class=\"oc-docinfo-footer\">\n").append(docinfoFooter).append("\n</div>\n");
        }
        html.append("</footer>\n");
    }

    private static void footerLink(StringBuilder html, String className, String href, String text) {
        html.append(className.isEmpty() ? "<li>" : "<li class=\"" + className + "\">").append("<a href=\"").append(href)
                .append("\">").append(Html.escape(text)).append("</a></li>");
    }

    /** The link to a page's source, or nothing when there is none. */
    static void editLink(StringBuilder html, String editUrl) {
        if (!editUrl.isEmpty()) {
            html.append("<p class=\"oc-edit-page\"><a href=\"").append(Html.escape(editUrl)).append("\">")
                    .append(EDIT_ICON).append("Edit this page</a></p>\n");
        }
    }

    private static void iconLink(StringBuilder html, String url, String name, String icon) {
        html.append("<a class=\"oc-header-icon-link\" href=\"").append(Html.escape(url)).append("\" aria-label=\"")
                .append(Html.escape(name)).append("\" title=\"").append(Html.escape(name)).append("\">").append(icon)
                .append("</a>\n");
    }

    /** "GitHub", "GitLab", "Bitbucket" for their hosts, else "Repository". */
    static String repositoryName(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        host = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (host.contains("github")) {
            return "GitHub";
        }
        if (host.contains("gitlab")) {
            return "GitLab";
        }
        if (host.contains("bitbucket")) {
            return "Bitbucket";
        }
        return "Repository";
    }

    private static String href(String root, SiteLink link) {
        return link.isExternal() ? Html.escape(link.url()) : href(root, link.url());
    }

    /** A path from the site's root, linked from a page {@code root} below it. */
    private static String href(String root, String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return Html.escape(SiteHref.of(root, path));
    }
}
