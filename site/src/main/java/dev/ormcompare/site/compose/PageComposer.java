package dev.ormcompare.site.compose;

import dev.ormcompare.site.publish.OutputGuard;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.UnsafeOutput;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.internal.SiteHref;
import dev.ormcompare.site.nav.IncludeGraph;
import dev.ormcompare.site.nav.NavFile;
import dev.ormcompare.site.nav.Navigation;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.site.state.FileHashes;
import dev.ormcompare.site.state.Fingerprint;
import dev.ormcompare.site.state.RenderState.PageRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Writes each page's HTML from what converting it gave, kept in the build directory, without
 * Asciidoctor: in site mode wrapped in the site's shell (navigation, header, links resolved), else the
 * page as Asciidoctor wrote it.
 */
public final class PageComposer {

    /**
     * What composing did.
     *
     * @param written the site paths of the pages written, e.g. {@code guide/index.html}
     * @param broken  the first page that could not be written, or null
     */
    public record Composed(List<String> written, IOException broken) {
    }

    private final RenderSettings settings;
    private final OutputGuard output;
    private final SiteFiles files;

    /** @param files what writes the parts kept beside the conversions */
    public PageComposer(RenderSettings settings, OutputGuard output, SiteFiles files) {
        this.settings = settings;
        this.output = output;
        this.files = files;
    }

    /**
     * Writes the HTML of every page whose navigation, links or look changed, or whose HTML is not the
     * one last written; updates each written page's record. Every page is written even when one cannot be.
     */
    public Composed compose(DocsTree tree, Map<String, PageRecord> records, Set<String> published, List<Problem> siteProblems)
            throws IOException {
        SortedMap<String, PageHeader> headers = new TreeMap<>();
        tree.pages().forEach(page -> headers.put(DocsTree.slashed(page), records.get(DocsTree.slashed(page)).header()));
        boolean site = settings.look().isSite();
        Navigation navigation = site ? navigation(headers, siteProblems) : null;
        String fingerprint = site ? siteFingerprint(navigation, headers, published) : "stock";
        PageShell shell = site ? new PageShell(settings.look(), navigation, headers) : null;
        PageLinks links = new PageLinks(settings.sourceDirectory(), headers, published);
        IOException broken = null;
        List<String> written = new ArrayList<>();
        for (Path page : tree.pages()) {
            String key = DocsTree.slashed(page);
            PageRecord record = records.get(key);
            Path html = settings.htmlFile(page);
            String pageFingerprint = site ? linkedFingerprint(fingerprint, key, headers, links) : fingerprint;
            if (record.converted().equals(FileHashes.ABSENT)
                    || pageFingerprint.equals(record.site()) && FileHashes.stamp(html).equals(record.htmlStamp())) {
                continue;
            }
            try {
                ConvertedPage converted = ConvertedPage.fromBytes(Files.readAllBytes(settings.convertedFile(page)));
                byte[] bytes;
                List<Problem> linkProblems = List.of();
                if (shell == null) {
                    bytes = converted.body().getBytes(StandardCharsets.UTF_8);
                } else {
                    PageLinks.Result linked = links.resolve(key, converted.body(), converted.links());
                    linkProblems = linked.problems();
                    bytes = shell.page(key, converted, linked.body()).getBytes(StandardCharsets.UTF_8);
                }
                String sitePath = DocsTree.slashed(DocsTree.htmlPathOf(page));
                output.write(sitePath, bytes);
                records.put(key, record.composed(FileHashes.stamp(html), pageFingerprint, linkProblems));
                written.add(sitePath);
            } catch (UnsafeOutput e) {
                // A file the render cannot prove it wrote: the user's to move, as the message says.
                broken = broken == null ? e : broken;
            } catch (IOException e) {
                broken = broken == null ? new IOException("cannot write the HTML of " + page + ": " + e.getMessage(), e)
                        : broken;
            } catch (IllegalArgumentException e) {
                // What was kept of its conversion does not read back: converted again next time.
                records.put(key, PageRecord.broken());
                broken = broken == null ? new IOException("the conversion of " + page + " kept in "
                        + settings.convertedDirectory() + " cannot be read back (" + e.getMessage() + "); build again", e)
                        : broken;
            }
        }
        if (site) {
            try {
                written.addAll(new SiteWideFiles(settings, output, files).write(tree, records, navigation, shell, !written.isEmpty()));
            } catch (IOException | IllegalArgumentException e) {
                broken = broken == null ? new IOException("cannot write the site's 404 page, llms.txt or sitemap: "
                        + e.getMessage(), e) : broken;
            }
        }
        return new Composed(List.copyOf(written), broken);
    }

    /** From the nav file when there is one, else from the page tree. */
    private Navigation navigation(SortedMap<String, PageHeader> headers, List<Problem> problems) throws IOException {
        Path navFile = settings.sourceDirectory().resolve(NavFile.NAME);
        if (!Files.isRegularFile(navFile)) {
            return Navigation.fromPages(headers, new IncludeGraph(settings.sourceDirectory(), headers));
        }
        return NavFile.read(Files.readString(navFile, StandardCharsets.UTF_8), navFile, headers, problems);
    }

    /**
     * The site's fingerprint and whether each place in another page that {@code page} links to is there:
     * when a page loses or gains an id, only the pages that link to it are checked and written again.
     */
    private static String linkedFingerprint(String site, String page, Map<String, PageHeader> headers, PageLinks links) {
        Fingerprint fingerprint = new Fingerprint().add(site);
        for (String link : headers.get(page).outline().links()) {
            Matcher href = SiteHref.PAGE_HREF.matcher(link);
            String target = href.matches() ? links.pageAt(page, href.group(1)) : null;
            fingerprint.add(link).add(Boolean.toString(target != null
                    && headers.get(target).outline().ids().contains(href.group(2).substring(1))));
        }
        return fingerprint.hex();
    }

    /** What every page's HTML depends on besides its own conversion: a change writes every page again. */
    private String siteFingerprint(Navigation navigation, Map<String, PageHeader> headers, Set<String> published) {
        Fingerprint fingerprint = new Fingerprint().add(settings.look().describe()).add(navigation.describe());
        headers.forEach((page, header) -> fingerprint.add(page).add(header.title()).add(header.outline().navTitle()));
        published.forEach(fingerprint::add);
        return fingerprint.hex();
    }
}
