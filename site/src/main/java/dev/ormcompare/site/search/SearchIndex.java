package dev.ormcompare.site.search;

import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.internal.JsonText;
import dev.ormcompare.site.state.Fingerprint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's search index: what every page offers ({@link SearchEntries}), as a script that sets
 * {@code window.ormcompareSearchIndex}, so that it loads from {@code file:} as from a server. Each
 * page's part is made when the page is converted and kept with it; the index is put together from
 * those parts, so a one-page edit converts one page.
 * <p>
 * A section or snippet is held once however many pages show it (a partial that a hundred pages include,
 * the same catalog cell in a hundred comparisons): each page names it by a key made of its content, and
 * the index maps each key to it, so that search finds it once and names the pages. The script:
 * <pre>{"p": [{"u": page, "e": [["p", "", title, "", text] | [kind, anchor, section, key], ...]}, ...],
 *  "s": {key: [title, text, topic], ...}}</pre>
 * where kind is {@code s} for a section, {@code c} for a snippet, and topic is empty for a section.
 */
public final class SearchIndex {

    /** Its path in the site. */
    public static final String FILE = ThemeAssets.FOLDER + "search-index.js";

    /** Hex digits of a key: 40 bits, no two sections or snippets of a site alike by chance. */
    private static final int KEY_LENGTH = 10;

    private SearchIndex() {
    }

    /**
     * One page's part: its entries as a JSON array on the first line, then a line per section or snippet it
     * shows, {@code key TAB [title, text, topic]}.
     */
    public static String entries(Iterable<SearchEntry> entries) {
        StringBuilder json = new StringBuilder("[");
        StringBuilder shared = new StringBuilder();
        for (SearchEntry entry : entries) {
            if (json.length() > 1) {
                json.append(',');
            }
            if (entry.kind() == SearchEntry.Kind.PAGE) {
                array(json, "p", entry.anchor(), entry.title(), entry.section(), entry.text());
                continue;
            }
            String kind = entry.kind() == SearchEntry.Kind.SECTION ? "s" : "c";
            String key = new Fingerprint().add(kind).add(entry.title()).add(entry.text()).add(entry.topic()).hex()
                    .substring(0, KEY_LENGTH);
            array(json, kind, entry.anchor(), entry.section(), key);
            array(shared.append('\n').append(key).append('\t'), entry.title(), entry.text(), entry.topic());
        }
        return json.append(']').append(shared).toString();
    }

    private static void array(StringBuilder json, String... fields) {
        json.append('[');
        for (int i = 0; i < fields.length; i++) {
            JsonText.string(i == 0 ? json : json.append(','), fields[i]);
        }
        json.append(']');
    }

    /**
     * The index script.
     *
     * @param pages each page's path in the site, percent-encoded as a link's ({@code SiteHref}), and its part as
     *              {@link #entries} gave it
     */
    static String script(Map<String, String> pages) {
        StringBuilder script = new StringBuilder("window.ormcompareSearchIndex={\"p\":[");
        Map<String, String> shared = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String[] lines = page.getValue().split("\n");
            if (!first) {
                script.append(",\n");
            }
            first = false;
            JsonText.string(script.append("{\"u\":"), page.getKey());
            script.append(",\"e\":").append(lines[0]).append('}');
            for (int i = 1; i < lines.length; i++) {
                int tab = lines[i].indexOf('\t');
                shared.putIfAbsent(lines[i].substring(0, tab), lines[i].substring(tab + 1));
            }
        }
        script.append("],\n\"s\":{");
        first = true;
        for (Map.Entry<String, String> held : shared.entrySet()) {
            JsonText.string(script.append(first ? "" : ",\n"), held.getKey());
            script.append(':').append(held.getValue());
            first = false;
        }
        return script.append("}};\n").toString();
    }
}
