package dev.ormcompare.site.convert;

import dev.ormcompare.site.internal.SiteHref;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the site reads of the HTML body Asciidoctor wrote for a page, from one parse made where the page is
 * converted: the body with "On this page" in place and its markup mended ({@link MarkupRepairs}), the page's text for
 * language models, its links and ids.
 * Composing the site's pages then parses no HTML, and a page changed in the live preview does not make every
 * other page's text be read again.
 *
 * @param html  the body, with the navigation of its sections in place of Asciidoctor's table of contents, mended
 * @param text  the page's text for {@code llms-full.txt} ({@link PageText})
 * @param links every link of the body, in the order written
 * @param ids   every id of the body
 */
public record PageBody(String html, String text, List<Link> links, List<String> ids) {

    /**
     * A link of the body, and where its text is in {@link #html()} when that text is the link's target itself
     * ({@code xref:goals.adoc[]} shows as "goals.html"): the site shows the target page's title there instead.
     *
     * @param textStart where the text starts; -1 when the link has text of its own
     * @param textEnd   where the text ends; -1 when the link has text of its own
     */
    public record Link(String href, int textStart, int textEnd) {

        public boolean showsItsTarget() {
            return textStart >= 0;
        }
    }

    public PageBody {
        links = List.copyOf(links);
        ids = List.copyOf(ids);
    }

    /** @param body the body as Asciidoctor wrote it */
    public static PageBody read(String body) {
        Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(body, "");
        parsed.outputSettings().prettyPrint(false);
        BodyEdits edits = new BodyEdits();
        BodyEdits.Edit toc = OnThisPage.in(parsed);
        if (toc != null) {
            edits.add(toc);
        }
        MarkupRepairs.add(parsed, edits);
        List<Link> links = new ArrayList<>();
        for (Element link : parsed.select("a[href]")) {
            String href = link.attr("href");
            Matcher page = SiteHref.PAGE_HREF.matcher(href);
            boolean showsTarget = link.childrenSize() == 0 && link.endSourceRange().isTracked()
                    && (link.text().equals(href) || page.matches() && link.text().equals(page.group(1)));
            int start = showsTarget ? edits.shift(link.sourceRange().endPos()) : -1;
            int end = start < 0 ? -1 : edits.shift(link.endSourceRange().startPos());
            links.add(new Link(href, end < 0 ? -1 : start, end));
        }
        return new PageBody(edits.applyTo(body), PageText.of(parsed.body()), links,
                parsed.select("[id]").eachAttr("id"));
    }

    /** The hrefs of the links to a place in another page ({@code other.html#id}), once each. */
    public List<String> linksToPlacesInPages() {
        return links.stream().map(link -> SiteHref.PAGE_HREF.matcher(link.href()))
                .filter(href -> href.matches() && href.group(2) != null).map(Matcher::group).distinct().toList();
    }

    /** Links as text, a line each, to be kept with the converted page. */
    static String encodeLinks(List<Link> links) {
        StringBuilder text = new StringBuilder();
        for (Link link : links) {
            text.append(link.textStart()).append('\t').append(link.textEnd()).append('\t')
                    .append(PageHeader.Outline.escape(link.href())).append('\n');
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encodeLinks()} writes */
    static List<Link> decodeLinks(String text) {
        List<Link> links = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException("not a page's link: " + line);
            }
            try {
                links.add(new Link(PageHeader.Outline.unescape(fields[2]), Integer.parseInt(fields[0]),
                        Integer.parseInt(fields[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a page's link: " + line, e);
            }
        }
        return links;
    }
}
