package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.TabsAssets;
import dev.ormcompare.site.internal.SiteResources;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the site's pages link: the theme's stylesheet and script (in this jar) and the tabs'
 * (from the extension), published once per site under {@link #FOLDER}. The scripts go in the head:
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

    /** Each file by its path in the site. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FOLDER + "theme.css", SiteResources.read("theme/theme.css"));
        files.put(FOLDER + "theme.js", SiteResources.read("theme/theme.js"));
        files.put(FOLDER + "search.js", SiteResources.read("theme/search.js"));
        files.put(FOLDER + "minisearch.min.js", SiteResources.read("theme/minisearch.min.js"));
        files.put(FOLDER + "ormcompare.css", TabsAssets.css().getBytes(StandardCharsets.UTF_8));
        files.put(FOLDER + "ormcompare.js", TabsAssets.script().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
