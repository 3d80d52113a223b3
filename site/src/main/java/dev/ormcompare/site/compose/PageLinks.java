package dev.ormcompare.site.compose;

import dev.ormcompare.catalog.Suggestions;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.PageHeader;
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
import java.util.regex.Pattern;

/**
 * The links of a converted page to other pages of the site. An xref without text, which Asciidoctor
 * shows as the target's file name ({@code xref:goals.adoc[]} as "goals.html"), shows the target's
 * title instead; a link to a page or file the site does not have is a warning, located at the line
 * of the page that names it.
 */
final class PageLinks {

    /** A relative link to an HTML file, as Asciidoctor writes an xref to another page. */
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"#?:]+\\.html)(#[^\"]*)?\">([^<]*)</a>");

    record Result(String body, List<Problem> problems) {
    }

    private final Path sourceDirectory;
    private final Map<String, PageHeader> headers;
    private final Map<String, String> pageByHtml = new HashMap<>();
    private final Set<String> published;

    /**
     * @param headers   every page (path in the source directory, with {@code /}) and its header
     * @param published every other file of the site, by its path there
     */
    PageLinks(Path sourceDirectory, Map<String, PageHeader> headers, Set<String> published) {
        this.sourceDirectory = sourceDirectory;
        this.headers = headers;
        this.published = published;
        headers.keySet().forEach(page -> pageByHtml.put(DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page))), page));
    }

    Result resolve(String page, String body) throws IOException {
        Matcher link = LINK.matcher(body);
        StringBuilder resolved = new StringBuilder(body.length());
        List<Problem> problems = new ArrayList<>();
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        while (link.find()) {
            String href = link.group(1);
            String target = Path.of(folder + href).normalize().toString().replace('\\', '/');
            String targetPage = pageByHtml.get(target);
            String text = link.group(3);
            if (targetPage != null && (text.equals(href) || text.equals(href + nullToEmpty(link.group(2))))) {
                text = Navigation.title(targetPage, headers.get(targetPage));
            } else if (targetPage == null && !published.contains(target)) {
                problems.add(missing(page, href, target));
            }
            link.appendReplacement(resolved, Matcher.quoteReplacement(
                    "<a href=\"" + href + nullToEmpty(link.group(2)) + "\">" + text + "</a>"));
        }
        link.appendTail(resolved);
        return new Result(resolved.toString(), problems);
    }

    private Problem missing(String page, String href, String target) throws IOException {
        String source = target.substring(0, target.length() - ".html".length()) + ".adoc";
        String named = href.substring(0, href.length() - ".html".length());
        Path file = sourceDirectory.resolve(page);
        int line = lineNaming(file, named);
        return new Problem(Severity.WARN, file, line, "xref to '" + source + "' leads to no page"
                + Suggestions.didYouMean(source, headers.keySet()));
    }

    /** The first line of the page that names the target, or 0 when an included file does. */
    private static int lineNaming(Path page, String target) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(target + ".adoc") || lines.get(i).contains(target + ".html")
                    || lines.get(i).contains(target + "#")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
