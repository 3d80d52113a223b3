package dev.ormcompare.site.compose;

import dev.ormcompare.catalog.Suggestions;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.convert.PageBody;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.internal.SiteHref;
import dev.ormcompare.site.nav.Navigation;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The links of a converted page to other pages of the site. An xref without text, which Asciidoctor
 * shows as the target's file name ({@code xref:goals.adoc[]} as "goals.html"), shows the target's
 * title instead; a link to a page or file the site does not have is a warning, located at the line
 * of the page that names it.
 */
final class PageLinks {


    record Result(String body, List<Problem> problems) {
    }

    /** Reads a page's source, for locating its broken links. */
    interface Source {
        List<String> lines(Path page) throws IOException;
    }

    private final Path sourceDirectory;
    private final Map<String, PageHeader> headers;
    private final Map<String, String> pageByHtml = new HashMap<>();
    private final Set<String> published;
    private final Source source;

    /**
     * @param headers   every page (path in the source directory, with {@code /}) and its header
     * @param published every other file of the site, by its path there
     */
    PageLinks(Path sourceDirectory, Map<String, PageHeader> headers, Set<String> published) {
        this(sourceDirectory, headers, published, page -> Files.readAllLines(page, StandardCharsets.UTF_8));
    }

    PageLinks(Path sourceDirectory, Map<String, PageHeader> headers, Set<String> published, Source source) {
        this.source = source;
        this.sourceDirectory = sourceDirectory;
        this.headers = headers;
        this.published = published;
        headers.keySet().forEach(page -> pageByHtml.put(DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page))), page));
    }

    /**
     * Checks the body's links, as the converter read them with an HTML parser ({@link PageBody}), so a link with
     * markup in its text or a role ({@code xref:a.adoc[*T*]}, {@code xref:a.adoc[T,role=x]}) is checked too; the
     * body is left as Asciidoctor wrote it but for the text of text-less xrefs, spliced in at the parser's positions.
     *
     * @param links the body's links, in the order written
     */
    Result resolve(String page, String body, List<PageBody.Link> links) throws IOException {
        StringBuilder resolved = new StringBuilder(body.length());
        List<Problem> problems = new ArrayList<>();
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        Sources sources = new Sources(page); // read when the first broken link is met
        int copied = 0;
        for (PageBody.Link link : links) {
            String href = link.href();
            if (href.startsWith("#")) {
                if (isMissing(page, href.substring(1))) {
                    problems.add(sources.at(href.substring(1), true, "xref to '#" + href.substring(1)
                            + "' leads to no place in this page" + didYouMean(href.substring(1), page)));
                }
                continue;
            }
            Matcher pageHref = SiteHref.PAGE_HREF.matcher(href);
            if (!pageHref.matches()) {
                continue;
            }
            String file = pageHref.group(1);
            String target = target(folder, file);
            String targetPage = pageByHtml.get(target);
            if (targetPage == null && !published.contains(target)) {
                problems.add(missing(sources, file, target));
                continue;
            }
            String fragment = pageHref.group(2) == null ? "" : pageHref.group(2).substring(1);
            if (targetPage != null && isMissing(targetPage, fragment)) {
                problems.add(sources.at(fragment, true, "xref to '" + targetPage + "#" + fragment
                        + "' leads to no place in that page" + didYouMean(fragment, targetPage)));
            } else if (targetPage != null && link.showsItsTarget()) {
                resolved.append(body, copied, link.textStart()).append(Navigation.title(targetPage, headers.get(targetPage)));
                copied = link.textEnd();
            }
        }
        resolved.append(body, copied, body.length());
        return new Result(resolved.toString(), problems);
    }

    /** The site path a link from a page in {@code folder} to {@code file} leads to. */
    private static String target(String folder, String file) {
        return Path.of(folder + file).normalize().toString().replace('\\', '/');
    }

    /** The page a link of {@code page} to the HTML file {@code file} leads to, or null when it leads to none. */
    String pageAt(String page, String file) {
        return pageByHtml.get(target(page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "", file));
    }

    /** A fragment that names no element of the page; an empty one and {@code #top} lead to its top. */
    private boolean isMissing(String page, String fragment) {
        if (fragment.isEmpty() || fragment.equals("top")) {
            return false;
        }
        PageHeader header = headers.get(page);
        return header != null && !header.outline().ids().contains(fragment);
    }

    private String didYouMean(String fragment, String page) {
        return Suggestions.didYouMean(fragment, headers.get(page).outline().ids());
    }

    private Problem missing(Sources sources, String href, String target) throws IOException {
        String missing = target.substring(0, target.length() - ".html".length()) + ".adoc";
        String named = href.substring(0, href.length() - ".html".length());
        return sources.at(named, false, "xref to '" + missing + "' leads to no page"
                + Suggestions.didYouMean(missing, headers.keySet()));
    }

    /**
     * Where a link is written: the page, else the first file it includes (a book's chapter) that names
     * its target; the page at line 0 when none does. Each file is read once, when first needed.
     */
    private final class Sources {
        private final Path pageFile;
        private final List<Path> files = new ArrayList<>();
        private final Map<Path, XrefLines> read = new HashMap<>();

        Sources(String page) {
            pageFile = sourceDirectory.resolve(page);
            files.add(pageFile);
            PageHeader header = headers.get(page);
            if (header != null) {
                header.outline().includes().stream().map(PageHeader.Include::file).distinct()
                        .filter(file -> PageSelection.ASCIIDOC_EXTENSIONS.stream().anyMatch(file.toString()::endsWith))
                        .forEach(files::add);
            }
        }

        Problem at(String name, boolean anchor, String message) throws IOException {
            for (Path file : files) {
                XrefLines lines = lines(file);
                int line = lines == null ? 0 : anchor ? lines.lineOfAnchor(name) : lines.lineOf(name);
                if (line > 0) {
                    return new Problem(Severity.WARN, file, line, message);
                }
            }
            return new Problem(Severity.WARN, pageFile, 0, message);
        }

        /** Null for an included file that cannot be read: Asciidoctor said so when converting. */
        private XrefLines lines(Path file) throws IOException {
            if (!read.containsKey(file)) {
                try {
                    read.put(file, new XrefLines(source.lines(file)));
                } catch (IOException e) {
                    if (file.equals(pageFile)) {
                        throw e;
                    }
                    read.put(file, null);
                }
            }
            return read.get(file);
        }
    }
}
