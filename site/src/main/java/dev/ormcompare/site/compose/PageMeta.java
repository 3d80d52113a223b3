package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.SitePublishing;

/**
 * What a page's head tells search engines and link previews: its description (the page's {@code :description:}),
 * and, when the site's address is known, its canonical address and Open Graph title, description and address.
 */
final class PageMeta {

    private final SiteLook look;
    private final SitePublishing publishing;

    PageMeta(SiteLook look) {
        this.look = look;
        this.publishing = look.publishing();
    }

    /**
     * @param htmlPath    the page's path in the site, e.g. {@code guide/intro.html}
     * @param title       its title, HTML-escaped text
     * @param description its description, text; empty for none
     */
    void head(StringBuilder html, String htmlPath, String title, String description) {
        String escapedDescription = Html.escape(description);
        if (!description.isEmpty()) {
            html.append("<meta name=\"description\" content=\"").append(escapedDescription).append("\">\n");
        }
        if (!publishing.hasSiteUrl()) {
            return;
        }
        String url = Html.escape(publishing.pageUrl(htmlPath));
        html.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<meta property=\"og:type\" content=\"website\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n");
        if (!look.name().isEmpty()) {
            html.append("<meta property=\"og:site_name\" content=\"").append(Html.escape(look.name())).append("\">\n");
        }
        if (!description.isEmpty()) {
            html.append("<meta property=\"og:description\" content=\"").append(escapedDescription).append("\">\n");
        }
    }
}
