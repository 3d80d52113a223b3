package dev.ormcompare.site;

/**
 * How the site looks around its pages.
 *
 * @param theme      {@code ormcompare}: our site (navigation, header, theme); {@code asciidoctor}: Asciidoctor's
 *                   stock standalone pages, as before
 * @param name       the site's name in the header and window titles
 * @param version    shown beside the name; empty for none
 * @param logo       an image in the site (path from its root) shown before the name; empty for none
 * @param footer     the footer's text
 * @param stylesheet a stylesheet in the site (path from its root) loaded after ours; empty for none
 * @param branding   the team's own look: favicon, accent colour, header and footer links, more styles and scripts
 * @param publishing where the site and its sources are published: its address, the pages' edit links
 */
public record SiteLook(String theme, String name, String version, String logo, String footer, String stylesheet,
                       SiteBranding branding, SitePublishing publishing) {

    public static final String ORMCOMPARE = "ormcompare";
    public static final String ASCIIDOCTOR = "asciidoctor";

    /** The navigation's file in the source directory: never a page, whatever the theme. */
    public static final String NAV_FILE = "nav.adoc";

    public SiteLook {
        if (!theme.equals(ORMCOMPARE) && !theme.equals(ASCIIDOCTOR)) {
            throw new IllegalArgumentException("theme '" + theme + "' is not one of " + ORMCOMPARE + ", " + ASCIIDOCTOR);
        }
        version = version == null ? "" : version.strip();
        logo = logo == null ? "" : logo.strip();
        footer = footer == null ? "" : footer.strip();
        stylesheet = stylesheet == null ? "" : stylesheet.strip();
        branding = branding == null ? SiteBranding.NONE : branding;
        publishing = publishing == null ? SitePublishing.NONE : publishing;
    }

    /** The theme's look with nothing of the team's own besides name, logo, footer and stylesheet. */
    public SiteLook(String theme, String name, String version, String logo, String footer, String stylesheet) {
        this(theme, name, version, logo, footer, stylesheet, SiteBranding.NONE, SitePublishing.NONE);
    }

    public SiteLook with(SiteBranding newBranding) {
        return new SiteLook(theme, name, version, logo, footer, stylesheet, newBranding, publishing);
    }

    public SiteLook with(SitePublishing newPublishing) {
        return new SiteLook(theme, name, version, logo, footer, stylesheet, branding, newPublishing);
    }

    /** Asciidoctor's own pages, no site around them. */
    public static SiteLook stock() {
        return new SiteLook(ASCIIDOCTOR, "", "", "", "", "");
    }

    public boolean isSite() {
        return theme.equals(ORMCOMPARE);
    }

    /** Everything here, for the pages' fingerprint. */
    public String describe() {
        return String.join("\t", theme, name, version, logo, footer, stylesheet, branding.describe(),
                publishing.describe());
    }
}
