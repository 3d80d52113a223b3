package dev.ormcompare.site.compose;

import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.nav.Navigation;
import dev.ormcompare.site.publish.GitDates;
import dev.ormcompare.site.publish.OutputGuard;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.site.publish.Sitemap;
import dev.ormcompare.site.state.FileHashes;
import dev.ormcompare.site.state.RenderState.PageRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashSet;

/**
 * The files a published site needs besides its pages: always {@code 404.html}, {@code llms.txt} and
 * {@code llms-full.txt}; when the site's address is known, {@code sitemap.xml} and {@code robots.txt}. Those made
 * from the pages are written again when a page was, or when one is missing; the sitemap, whose dates come from
 * git's history rather than the sources, is made on every build and written when it differs.
 */
public final class SiteWideFiles {

    /** What every site has, whether its address is known or not. */
    public static final List<String> ALWAYS = List.of(NotFoundPage.FILE, LlmsText.INDEX, LlmsText.FULL);

    private final RenderSettings settings;
    private final OutputGuard output;
    private final SiteFiles files;

    /** @param files what writes the parts kept beside the conversions */
    public SiteWideFiles(RenderSettings settings, OutputGuard output, SiteFiles files) {
        this.settings = settings;
        this.output = output;
        this.files = files;
    }

    /**
     * Their paths in the site, for the record of what the render publishes: none for Asciidoctor's stock pages, and
     * none the docs have a file of their own for (a hand-written {@code robots.txt}, {@code 404.html}), which wins.
     */
    public static List<String> names(SiteLook look, DocsTree tree) {
        if (!look.isSite()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(ALWAYS);
        if (look.publishing().hasSiteUrl()) {
            names.addAll(List.of(Sitemap.FILE, Sitemap.ROBOTS));
        }
        Set<String> own = new HashSet<>();
        tree.resources().forEach(resource -> own.add(DocsTree.slashed(resource)));
        tree.pages().forEach(page -> own.add(DocsTree.slashed(DocsTree.htmlPathOf(page))));
        names.removeIf(own::contains);
        return names;
    }

    /**
     * @param pagesWritten whether any page's HTML was written in this build
     * @return the site paths written
     */
    List<String> write(DocsTree tree, Map<String, PageRecord> records, Navigation navigation, PageShell shell,
                       boolean pagesWritten) throws IOException {
        SiteLook look = settings.look();
        List<String> names = names(look, tree);
        List<String> written = new ArrayList<>();
        List<String> htmlPaths = new ArrayList<>();
        Map<String, ConvertedPage> converted = new LinkedHashMap<>();
        boolean fromPages = pagesWritten || ALWAYS.stream()
                .anyMatch(name -> names.contains(name) && !Files.isRegularFile(settings.outputDirectory().resolve(name)));
        for (Path page : tree.pages()) {
            String key = DocsTree.slashed(page);
            PageRecord record = records.get(key);
            if (record == null || record.converted().equals(FileHashes.ABSENT)) {
                continue; // broken: in no list until it converts
            }
            htmlPaths.add(DocsTree.slashed(DocsTree.htmlPathOf(page)));
            if (fromPages) {
                converted.put(key, textOf(page));
            }
        }
        if (fromPages) {
            LlmsText llms = new LlmsText(look, navigation, converted);
            writeIfChanged(names, NotFoundPage.FILE, NotFoundPage.html(shell, look, settings.sourceDirectory()), written);
            writeIfChanged(names, LlmsText.INDEX, llms.index(), written);
            writeIfChanged(names, LlmsText.FULL, llms.full(), written);
        }
        if (look.publishing().hasSiteUrl()) {
            Map<String, String> lastmod = new LinkedHashMap<>();
            Set<Path> pages = new HashSet<>(tree.pages());
            GitDates.of(settings.sourceDirectory()).forEach((source, date) -> {
                Path page = Path.of(source);
                if (pages.contains(page)) {
                    lastmod.put(DocsTree.slashed(DocsTree.htmlPathOf(page)), date);
                }
            });
            writeIfChanged(names, Sitemap.FILE, Sitemap.xml(look.publishing(), readingOrder(htmlPaths, navigation), lastmod),
                    written);
            writeIfChanged(names, Sitemap.ROBOTS, Sitemap.robots(look.publishing()), written);
        }
        return written;
    }

    /** The page's title, description and text, from its part when kept, else from its conversion (the part kept then). */
    private ConvertedPage textOf(Path page) throws IOException {
        Path part = settings.textPartFile(page);
        if (Files.isRegularFile(part)) {
            return ConvertedPage.fromBytes(Files.readAllBytes(part));
        }
        ConvertedPage text = ConvertedPage.fromBytes(Files.readAllBytes(settings.convertedFile(page))).textOnly();
        files.write(part, text.toBytes());
        return text;
    }

    /** The pages in the navigation's reading order, the home page first; then those it does not link. */
    private static List<String> readingOrder(List<String> htmlPaths, Navigation navigation) {
        Set<String> ordered = new LinkedHashSet<>();
        navigation.readingOrder().forEach(page -> ordered.add(DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page)))));
        ordered.retainAll(htmlPaths);
        ordered.addAll(htmlPaths);
        return List.copyOf(ordered);
    }

    private void writeIfChanged(List<String> names, String sitePath, String text, List<String> written) throws IOException {
        if (!names.contains(sitePath)) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target = settings.outputDirectory().resolve(sitePath);
        if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
            output.write(sitePath, bytes);
            written.add(sitePath);
        }
    }
}
