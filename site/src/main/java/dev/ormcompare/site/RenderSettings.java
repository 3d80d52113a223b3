package dev.ormcompare.site;

import dev.ormcompare.asciidoctor.TabsAssets;
import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.asciidoctor.settings.PomAttributes;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.convert.SharedDocinfo;
import dev.ormcompare.site.nav.NavFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a render depends on besides the files themselves.
 *
 * @param baseDirectory    the project's directory; pages may include files below it
 * @param sourceDirectory  where the pages are
 * @param outputDirectory  where the HTML goes
 * @param catalogDirectory the user catalog directory; used only if it exists
 * @param stateFile        where the incremental state is kept
 * @param pages            which files of the source directory are pages
 * @param attributes       document attributes for every page, as a pom gives them (read by {@link PomAttributes})
 * @param pluginStamp      changes whenever the plugin's code may have changed
 * @param failOn           which messages fail the build
 * @param threads          how many pages are converted at once; 0 to decide from the pages and cores
 * @param look             the site around the pages
 */
public record RenderSettings(Path baseDirectory, Path sourceDirectory, Path outputDirectory, Path catalogDirectory,
                             Path stateFile, PageSelection pages, Map<String, String> attributes, String pluginStamp,
                             FailOn failOn, int threads, SiteLook look) {

    private static final String SOURCE_HIGHLIGHTER = "source-highlighter";

    public RenderSettings {
        attributes = new TreeMap<>(attributes);
    }

    /** Where the converted pages are kept between builds, beside the state. */
    public Path convertedDirectory() {
        return stateFile.resolveSibling("converted");
    }

    /** What converting a page gave, kept between builds. */
    public Path convertedFile(Path page) {
        return convertedDirectory().resolve(DocsTree.slashed(page) + ".txt");
    }

    /** The record of the files the render wrote in the output directory, beside the state. */
    public Path writtenFiles() {
        return stateFile.resolveSibling("written-files.txt");
    }

    /** A page's part of the search index, kept beside its conversion. */
    public Path searchPartFile(Path page) {
        return convertedDirectory().resolve(DocsTree.slashed(page) + ".search.json");
    }

    /** A page's title, description and text for language models ({@link ConvertedPage#textOnly()}), beside its conversion. */
    public Path textPartFile(Path page) {
        return convertedDirectory().resolve(DocsTree.slashed(page) + ".text.txt");
    }

    /** Where a page's HTML goes. */
    public Path htmlFile(Path page) {
        return outputDirectory.resolve(DocsTree.htmlPathOf(page));
    }

    /** Files of the source directory that are neither pages nor published: the output, the state, the nav file. */
    public List<Path> skipped() {
        // The nav file is never a page, whatever the theme: switching themes leaves no nav.html behind.
        return List.of(outputDirectory, stateFile, convertedDirectory(), writtenFiles(), sourceDirectory.resolve(NavFile.NAME));
    }

    /**
     * What every page gets: the user's attributes over ours, in Asciidoctor's terms, sorted by name. Ours: {@code
     * reproducible}, the catalog directory, and Rouge as the source highlighter, which a page may change.
     */
    public Map<String, Object> documentAttributes() {
        Map<String, Object> all = new TreeMap<>();
        all.put("reproducible", ""); // no "Last updated" time: the same sources give the same bytes
        all.put(SOURCE_HIGHLIGHTER, "rouge@"); // highlighted unless the pom or the page (the @) says otherwise
        if (look.isSite()) {
            all.put("showtitle", "@"); // the body starts with the page's title, as a standalone page's does
            all.put("toc", "@"); // Asciidoctor's outline, which the theme shows as "On this page" (convert.OnThisPage)
            all.put(TabsAssets.ATTRIBUTE, TabsAssets.LINKED); // every page of the site links them
            // Every page, in a folder or not, gets the docs root's shared docinfo files.
            all.put(SharedDocinfo.ROOT, sourceDirectory.toAbsolutePath().normalize().toString());
        }
        if (catalogDirectory.toFile().isDirectory()) {
            all.put("ormcompare-catalog", catalogDirectory.toAbsolutePath().toString());
        }
        return new TreeMap<>(PomAttributes.over(all, attributes));
    }
}
