package dev.ormcompare.site;

import java.util.List;

/**
 * An entry of the site's navigation: a page, or a section of entries that may have a page of its
 * own (a folder's {@code index.adoc}, or an item of the nav file with a nested list).
 *
 * @param title    text, HTML-escaped
 * @param page     the page it links to (its path in the source directory, with {@code /}), or null
 * @param children the section's entries; empty for a page
 */
record NavItem(String title, String page, List<NavItem> children) {

    NavItem {
        children = List.copyOf(children);
    }

    boolean isSection() {
        return !children.isEmpty();
    }

    /** True if this entry or one below it links to {@code page}. */
    boolean leadsTo(String page) {
        return page.equals(this.page) || children.stream().anyMatch(child -> child.leadsTo(page));
    }
}
