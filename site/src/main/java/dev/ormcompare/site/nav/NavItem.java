package dev.ormcompare.site.nav;

import java.util.List;

/**
 * An entry of the site's navigation: a page, a link out of the site, a heading, or a section of
 * entries that may have a page of its own (a folder's {@code index.adoc}, or an item of the nav file
 * with a nested list).
 *
 * @param title    text, HTML-escaped
 * @param page     the page it links to (its path in the source directory, with {@code /}), or null
 * @param fragment the place in the page it links to ({@code xref:goals.adoc#render[]}), empty for its top
 * @param link     where a link that is not to a page goes ({@link NavLink}), or null
 * @param children the section's entries; empty for a page
 */
record NavItem(String title, String page, String fragment, NavLink link, List<NavItem> children) {

    NavItem {
        fragment = fragment == null ? "" : fragment;
        children = List.copyOf(children);
    }

    /** An entry for a page's top, or a section without a page. */
    NavItem(String title, String page, List<NavItem> children) {
        this(title, page, "", null, children);
    }

    boolean isSection() {
        return !children.isEmpty();
    }

    /** It links somewhere: a page or another address. */
    boolean isLink() {
        return page != null || link != null;
    }

    /** True if this entry or one below it links to {@code page}. */
    boolean leadsTo(String page) {
        return page.equals(this.page) || children.stream().anyMatch(child -> child.leadsTo(page));
    }
}
