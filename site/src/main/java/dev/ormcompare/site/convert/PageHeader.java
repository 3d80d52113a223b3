package dev.ormcompare.site.convert;

import dev.ormcompare.site.internal.HtmlText;

/**
 * What the navigation needs of a page: its title (HTML as Asciidoctor converted it, empty when the
 * page has none) and its {@code :nav-order:} ({@link Integer#MAX_VALUE} when it has none). Kept in
 * the render state, so that a build can lay out the navigation without converting unchanged pages.
 */
public record PageHeader(String title, int navOrder) {

    /** The title as the reader sees it, plain text ({@link HtmlText}): escape it to put it into HTML. */
    public String titleText() {
        return HtmlText.of(title);
    }
}
