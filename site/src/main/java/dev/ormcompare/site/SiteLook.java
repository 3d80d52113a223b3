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
 */
public record SiteLook(String theme, String name, String version, String logo, String footer, String stylesheet) {

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
        return String.join("\t", theme, name, version, logo, footer, stylesheet);
    }
}
