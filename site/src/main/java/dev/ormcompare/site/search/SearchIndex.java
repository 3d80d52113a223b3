package dev.ormcompare.site.search;

import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.internal.JsonText;

import java.util.Map;

/**
 * The site's search index: what every page offers ({@link SearchEntries}), as a script that sets
 * {@code window.ormcompareSearchIndex}, so that it loads from {@code file:} as from a server. Each
 * page's part is made when the page is converted and kept with it; the index is put together from
 * those parts, so a one-page edit converts one page.
 */
public final class SearchIndex {

    /** Its path in the site. */
    public static final String FILE = ThemeAssets.FOLDER + "search-index.js";

    private SearchIndex() {
    }

    /** One page's entries, as a JSON array of arrays: kind, anchor, title, section, text, topic. */
    public static String entries(Iterable<SearchEntry> entries) {
        StringBuilder json = new StringBuilder("[");
        for (SearchEntry entry : entries) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[');
            JsonText.string(json, switch (entry.kind()) {
                case PAGE -> "p";
                case SECTION -> "s";
                case SNIPPET -> "c";
            });
            for (String field : new String[]{entry.anchor(), entry.title(), entry.section(), entry.text(), entry.topic()}) {
                JsonText.string(json.append(','), field);
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    /**
     * The index script.
     *
     * @param pages each page's path in the site, percent-encoded as a link's ({@code SiteHref}), and its entries as
     *              {@link #entries} gave them
     */
    static String script(Map<String, String> pages) {
        StringBuilder script = new StringBuilder("window.ormcompareSearchIndex=[");
        boolean first = true;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!first) {
                script.append(",\n");
            }
            first = false;
            JsonText.string(script.append("{\"u\":"), page.getKey());
            script.append(",\"e\":").append(page.getValue()).append('}');
        }
        return script.append("];\n").toString();
    }
}
