package dev.ormcompare.site.convert;

import dev.ormcompare.site.search.SearchIndex;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Asciidoctor made of a page, before the site puts it in its page: the title (HTML, as
 * Asciidoctor converted it; empty when the page has none), the {@code nav-order} attribute, docinfo
 * for the head and for the end of the body, and the body itself (with the stock theme, the whole
 * standalone page). Kept in the build directory between builds, so that a navigation change
 * re-links pages without converting them again.
 *
 * @param navOrder      the page's {@code :nav-order:}, or {@link Integer#MAX_VALUE} when it has none
 * @param search        what a reader can find on the page ({@link SearchIndex#entries}); empty for stock pages
 * @param docinfoHeader docinfo for the top of the body, which the site puts below its header
 * @param description   the page's {@code :description:}, as text; empty when it has none
 * @param outline       what tells the page from a book's chapter, and places it in the book
 * @param text          the page's text for language models ({@link PageBody#text()}); empty for stock pages
 * @param links         the body's links ({@link PageBody#links()}); none for stock pages
 */
public record ConvertedPage(String title, int navOrder, String docinfoHead, String body, String docinfoFooter, String search,
                            String docinfoHeader, String description, PageHeader.Outline outline, String text,
                            List<PageBody.Link> links) {

    /** A page that could not be converted: no title, no body; its problems say why. */
    public static final ConvertedPage EMPTY = new ConvertedPage("", Integer.MAX_VALUE, "", "", "", "", "", "",
            new PageHeader("", Integer.MAX_VALUE).outline(), "", List.of());

    private static final String HEADER = "ormcompare converted page 5";
    private static final Pattern HEADER_LINE = Pattern.compile(Pattern.quote(HEADER)
            + " (-?\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)\n");

    public ConvertedPage {
        links = List.copyOf(links);
    }

    /** The same page with the paths of its outline's includes mapped, e.g. to the project's directory and back. */
    public ConvertedPage withIncludePaths(java.util.function.UnaryOperator<java.nio.file.Path> map) {
        return new ConvertedPage(title, navOrder, docinfoHead, body, docinfoFooter, search, docinfoHeader, description,
                outline.withIncludePaths(map), text, links);
    }

    /** The same page with the body, text, links and outline {@link PageBody} read from Asciidoctor's body. */
    ConvertedPage withBody(String body, String text, List<PageBody.Link> links, PageHeader.Outline outline) {
        return new ConvertedPage(title, navOrder, docinfoHead, body, docinfoFooter, search, docinfoHeader, description,
                outline, text, links);
    }

    /**
     * What {@code llms.txt} and {@code llms-full.txt} need of the page (its title, description and text), kept
     * beside the conversion: a one-page edit in the live preview then reads every other page's text, not its HTML.
     */
    public ConvertedPage textOnly() {
        return new ConvertedPage(title, navOrder, "", "", "", "", "", description, EMPTY.outline(), text, List.of());
    }

    /** What the navigation needs of the page. */
    public PageHeader header() {
        return new PageHeader(title, navOrder, outline);
    }

    public byte[] toBytes() {
        List<String> parts = List.of(title, docinfoHead, body, docinfoFooter, search, docinfoHeader, description,
                outline.encode(), text, PageBody.encodeLinks(links));
        StringBuilder bytes = new StringBuilder(HEADER).append(' ').append(navOrder);
        parts.forEach(part -> bytes.append(' ').append(part.length()));
        bytes.append('\n');
        parts.forEach(bytes::append);
        return bytes.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when {@code bytes} are not a converted page as {@link #toBytes()} writes them */
    public static ConvertedPage fromBytes(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher header = HEADER_LINE.matcher(text);
        if (!header.lookingAt()) {
            throw new IllegalArgumentException("not a converted page");
        }
        int at = header.end();
        String[] parts = new String[10];
        for (int i = 0; i < parts.length; i++) {
            int length = Integer.parseInt(header.group(i + 2));
            if (at + length > text.length()) {
                throw new IllegalArgumentException("a converted page cut short");
            }
            parts[i] = text.substring(at, at + length);
            at += length;
        }
        if (at != text.length()) {
            throw new IllegalArgumentException("a converted page with more than it should have");
        }
        return new ConvertedPage(parts[0], Integer.parseInt(header.group(1)), parts[1], parts[2], parts[3], parts[4],
                parts[5], parts[6], PageHeader.Outline.decode(parts[7]), parts[8], PageBody.decodeLinks(parts[9]));
    }
}
