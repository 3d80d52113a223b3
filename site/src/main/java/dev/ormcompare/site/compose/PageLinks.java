package dev.ormcompare.site.compose;

import dev.ormcompare.catalog.Suggestions;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.nav.Navigation;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
import java.util.regex.Pattern;

/**
 * The links of a converted page to other pages of the site. An xref without text, which Asciidoctor
 * shows as the target's file name ({@code xref:goals.adoc[]} as "goals.html"), shows the target's
 * title instead; a link to a page or file the site does not have is a warning, located at the line
 * of the page that names it.
 */
final class PageLinks {

    /** A relative link to an HTML file, as Asciidoctor writes an xref to another page: the file, then any fragment. */
    private static final Pattern PAGE_HREF = Pattern.compile("([^#?:]+\\.html)(#.*)?");

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
     * Reads the body's links with an HTML parser, so a link with markup in its text or a role
     * ({@code xref:a.adoc[*T*]}, {@code xref:a.adoc[T,role=x]}) is checked too; the body is left as
     * Asciidoctor wrote it but for the text of text-less xrefs, spliced in at the parser's positions.
     */
    Result resolve(String page, String body) throws IOException {
        if (!body.contains("<a ")) {
            return new Result(body, List.of());
        }
        Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(body, "");
        StringBuilder resolved = new StringBuilder(body.length());
        List<Problem> problems = new ArrayList<>();
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        XrefLines lines = null; // read when the first broken link is met
        int copied = 0;
        for (Element link : parsed.select("a[href]")) {
            String href = link.attr("href");
            Matcher pageHref = PAGE_HREF.matcher(href);
            if (!pageHref.matches()) {
                continue;
            }
            String file = pageHref.group(1);
            String target = Path.of(folder + file).normalize().toString().replace('\\', '/');
            String targetPage = pageByHtml.get(target);
            if (targetPage == null && !published.contains(target)) {
                Path pageFile = sourceDirectory.resolve(page);
                lines = lines != null ? lines : new XrefLines(source.lines(pageFile));
                problems.add(missing(pageFile, file, target, lines));
            } else if (targetPage != null && (link.text().equals(href) || link.text().equals(file)) && link.childrenSize() == 0
                    && link.endSourceRange().isTracked()) {
                int textStart = link.sourceRange().endPos();
                resolved.append(body, copied, textStart).append(Navigation.title(targetPage, headers.get(targetPage)));
                copied = link.endSourceRange().startPos();
            }
        }
        resolved.append(body, copied, body.length());
        return new Result(resolved.toString(), problems);
    }

    private Problem missing(Path pageFile, String href, String target, XrefLines lines) {
        String missing = target.substring(0, target.length() - ".html".length()) + ".adoc";
        String named = href.substring(0, href.length() - ".html".length());
        return new Problem(Severity.WARN, pageFile, lines.lineOf(named), "xref to '" + missing + "' leads to no page"
                + Suggestions.didYouMean(missing, headers.keySet()));
    }
}
