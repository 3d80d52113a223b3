package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.TabsAssets;
import dev.ormcompare.site.internal.SiteResources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the site's pages link: the theme's stylesheet and script (in this jar) and the tabs'
 * (from the extension), published once per site under {@link #FOLDER}, each minified and next to its
 * source map, which holds the readable source for the browser's developer tools. The scripts go in the head:
 * the theme's applies the reader's light or dark choice, and the tabs' marks the page as scripted,
 * both before the first paint.
 */
public final class ThemeAssets {

    /** The site's folder for them; a folder without a leading {@code _}, which GitHub Pages would hide. */
    public static final String FOLDER = "ormcompare-assets/";

    static final List<String> HEAD_SCRIPTS = List.of(FOLDER + "theme.js", FOLDER + "ormcompare.js");
    static final List<String> STYLESHEETS = List.of(FOLDER + "theme.css", FOLDER + "ormcompare.css");

    /** Run once the page is read; the search box loads MiniSearch and the index itself, when first used. */
    static final List<String> DEFERRED_SCRIPTS = List.of(FOLDER + "search.js");

    private ThemeAssets() {
    }

    /** The theme's files that the build minifies, each with a map of the same name and {@code .map}. */
    private static final List<String> MINIFIED = List.of("theme.css", "theme.js", "search.js");

    /** Each file by its path in the site. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : MINIFIED) {
            files.put(FOLDER + name, SiteResources.read("theme/" + name));
            files.put(FOLDER + name + ".map", SiteResources.read("theme/" + name + ".map"));
        }
        files.put(FOLDER + "minisearch.min.js", SiteResources.read("theme/minisearch.min.js"));
        TabsAssets.files().forEach((name, bytes) -> files.put(FOLDER + name, bytes));
        return files;
    }
}
