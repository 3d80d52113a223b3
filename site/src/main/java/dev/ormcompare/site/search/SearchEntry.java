package dev.ormcompare.site.search;

/**
 * One thing a reader can find on a page: the page itself (its title and the text before its first
 * section), a section (its title and text), or the snippet of one ORM in a comparison (its code
 * and note). Text only: markup is left out.
 *
 * @param kind    what it is
 * @param anchor  the id to link to on the page: the section's, or the tab panel's; empty for the page
 * @param title   the page's or the section's title; for a snippet, the ORM's name
 * @param section the title of the section it is in; empty at the top of the page
 * @param text    the text to search
 * @param topic   for a snippet, the topic's title; else empty
 */
public record SearchEntry(Kind kind, String anchor, String title, String section, String text, String topic) {

    public enum Kind {
        PAGE, SECTION, SNIPPET
    }
}
