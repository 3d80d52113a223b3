package dev.ormcompare.site.publish;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.SitePublishing;

import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} (sitemaps.org) listing every page of the site by its address, and {@code robots.txt}
 * pointing at it; both only for a site whose address is known.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    /**
     * @param htmlPaths every page's HTML path in the site, e.g. {@code guide/intro.html}
     * @param lastmod   the date a page's source last changed ({@code 2026-12-06}) by HTML path, only where it is
     *                  known for sure; pages without one get no {@code lastmod}
     */
    public static String xml(SitePublishing publishing, List<String> htmlPaths, Map<String, String> lastmod) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : htmlPaths) {
            xml.append("<url><loc>").append(Html.escape(publishing.pageUrl(page))).append("</loc>");
            String date = lastmod.get(page);
            if (date != null) {
                xml.append("<lastmod>").append(date).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** Every crawler may read every page; the sitemap lists them. */
    public static String robots(SitePublishing publishing) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + publishing.fileUrl(FILE) + "\n";
    }
}
