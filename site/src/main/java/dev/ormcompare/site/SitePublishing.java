package dev.ormcompare.site;

import dev.ormcompare.site.internal.SiteHref;

/**
 * Where the site and its sources are published: what the files a published site needs ({@code sitemap.xml},
 * canonical links) and the pages' "Edit this page" links are built from.
 *
 * @param siteUrl     the site's address, e.g. {@code https://example.org/docs/}; empty when not known: then no
 *                    sitemap, canonical links or {@code robots.txt}
 * @param editPattern a page's source on the web with {@code {path}} for its path from the repository's root
 *                    ({@link EditLinkPattern}); empty for no edit links
 * @param docsPath    the docs' source folder's path from the repository's root, e.g. {@code docs/src/docs/asciidoc};
 *                    empty when it is the root
 */
public record SitePublishing(String siteUrl, String editPattern, String docsPath) {

    /** Nothing known: no files that need the site's address, no edit links. */
    public static final SitePublishing NONE = new SitePublishing("", "", "");

    public SitePublishing {
        siteUrl = siteUrl == null ? "" : siteUrl.strip();
        if (!siteUrl.isEmpty()) {
            if (!siteUrl.startsWith("https://") && !siteUrl.startsWith("http://")) {
                throw new IllegalArgumentException("siteUrl '" + siteUrl + "' is not the address of a site; write it "
                        + "whole, e.g. https://example.org/docs/");
            }
            siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        }
        editPattern = editPattern == null ? "" : editPattern.strip();
        if (!editPattern.isEmpty()) {
            if (!editPattern.contains(EditLinkPattern.PATH)) {
                throw new IllegalArgumentException("editUrl '" + editPattern + "' does not say where the page's path goes; "
                        + "put " + EditLinkPattern.PATH + " in it, e.g. https://git.example.org/docs/edit/main/"
                        + EditLinkPattern.PATH);
            }
            SiteLink.checkUrl(editPattern);
        }
        docsPath = docsPath == null ? "" : docsPath.replace('\\', '/').replaceAll("^/+|/+$", "");
    }

    public boolean hasSiteUrl() {
        return !siteUrl.isEmpty();
    }

    /** The path part of the site's address, from the server's root: {@code /docs/}; {@code /} when not known. */
    public String sitePath() {
        if (siteUrl.isEmpty()) {
            return "/";
        }
        int hostEnd = siteUrl.indexOf('/', siteUrl.indexOf("//") + 2);
        return hostEnd < 0 ? "/" : siteUrl.substring(hostEnd);
    }

    /**
     * The address of the page whose HTML is at {@code htmlPath} (e.g. {@code guide/index.html}), as servers serve it:
     * an {@code index.html} by its folder ({@code .../guide/}), so that the sitemap and canonical links name the
     * address readers share.
     */
    public String pageUrl(String htmlPath) {
        String path = htmlPath.equals("index.html") ? ""
                : htmlPath.endsWith("/index.html") ? htmlPath.substring(0, htmlPath.length() - "index.html".length())
                : htmlPath;
        return siteUrl + SiteHref.encoded(path);
    }

    /** The address of a file at {@code sitePath} in the site. */
    public String fileUrl(String sitePath) {
        return siteUrl + SiteHref.encoded(sitePath);
    }

    /** The web address of a page's source, from its path in the docs folder; empty when there are no edit links. */
    public String editUrlOf(String page) {
        if (editPattern.isEmpty()) {
            return "";
        }
        String path = docsPath.isEmpty() ? page : docsPath + "/" + page;
        return editPattern.replace(EditLinkPattern.PATH, SiteHref.encoded(path));
    }

    /** Everything here, for the pages' fingerprint. */
    public String describe() {
        return String.join("\t", siteUrl, editPattern, docsPath);
    }
}
