package dev.ormcompare.site.convert;

import java.util.regex.Pattern;

/**
 * What the navigation needs of a page: its title (HTML as Asciidoctor converted it, empty when the
 * page has none) and its {@code :nav-order:} ({@link Integer#MAX_VALUE} when it has none). Kept in
 * the render state, so that a build can lay out the navigation without converting unchanged pages.
 */
public record PageHeader(String title, int navOrder) {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The title as text, for the window title and the navigation: markup dropped, entities kept. */
    public String titleText() {
        return TAG.matcher(title).replaceAll("").strip();
    }
}
