package dev.ormcompare.site.convert;

import dev.ormcompare.site.internal.HtmlText;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the navigation needs of a page: its title (HTML as Asciidoctor converted it, empty when the
 * page has none) and its {@code :nav-order:} ({@link Integer#MAX_VALUE} when it has none), then what
 * tells a page from a book's chapter and places it in the book ({@link Outline}). Kept in the render
 * state, so that a build can lay out the navigation without converting unchanged pages.
 */
public record PageHeader(String title, int navOrder, Outline outline) {

    /** A page's header with an empty outline: titled when it has a title, nothing included or linked, no ids. */
    public PageHeader(String title, int navOrder) {
        this(title, navOrder, new Outline("", !title.isEmpty(), true, false, List.of(), List.of(), List.of()));
    }

    /** The title as the reader sees it, plain text ({@link HtmlText}): escape it to put it into HTML. */
    public String titleText() {
        return HtmlText.of(title);
    }

    /** An include directive of the page or of a file it includes: the file it is in, the file it names (both absolute). */
    public record Include(Path from, Path file) {
    }

    /**
     * What decides whether a file is a page of its own or a chapter of a book that includes it, and what
     * it links and is linked by.
     *
     * @param navTitle   its {@code :navtitle:}, else its {@code :reftext:}, as written; empty when it has neither
     * @param titled     it has a document title ({@code = Title}), not only sections
     * @param hasContent it has blocks: not a file of attribute entries alone
     * @param markedPage it sets {@code :ormcompare-page:}: a page even when a book includes it
     * @param includes   every include directive Asciidoctor followed while converting it, in reading order
     * @param links      its links to a place in another page, as written ({@code ../goals.html#render}), each once
     * @param ids        the ids of the page's elements, which links from other pages may name
     */
    public record Outline(String navTitle, boolean titled, boolean hasContent, boolean markedPage,
                          List<Include> includes, List<String> links, List<String> ids) {

        public Outline {
            includes = List.copyOf(includes);
            links = List.copyOf(links);
            ids = List.copyOf(ids);
        }

        /** The same outline with each include's two paths mapped, e.g. to and from the project's directory. */
        public Outline withIncludePaths(java.util.function.UnaryOperator<Path> map) {
            return new Outline(navTitle, titled, hasContent, markedPage,
                    includes.stream().map(include -> new Include(map.apply(include.from()), map.apply(include.file()))).toList(),
                    links, ids);
        }

        /** The same outline with the body's links to places in other pages and its ids, once the body is read. */
        Outline withLinksAndIds(List<String> links, List<String> ids) {
            return new Outline(navTitle, titled, hasContent, markedPage, includes, links, ids);
        }

        /** As one line of text, to be kept in the converted page and the render state: fields apart by tabs. */
        public String encode() {
            StringBuilder text = new StringBuilder();
            text.append(escape(navTitle)).append('\t').append(titled ? 't' : '-').append(hasContent ? 'c' : '-')
                    .append(markedPage ? 'p' : '-').append('\t').append(includes.size()).append('\t').append(links.size());
            for (Include include : includes) {
                text.append('\t').append(escape(include.from().toString())).append('\t').append(escape(include.file().toString()));
            }
            for (String link : links) {
                text.append('\t').append(escape(link));
            }
            for (String id : ids) {
                text.append('\t').append(escape(id));
            }
            return text.toString();
        }

        /** @throws IllegalArgumentException when {@code text} is not what {@link #encode()} writes */
        public static Outline decode(String text) {
            String[] fields = text.split("\t", -1);
            if (fields.length < 4 || fields[1].length() != 3) {
                throw new IllegalArgumentException("not a page outline");
            }
            try {
                int count = Integer.parseInt(fields[2]);
                int linkCount = Integer.parseInt(fields[3]);
                int idsAt = 4 + 2 * count + linkCount;
                if (count < 0 || linkCount < 0 || idsAt > fields.length) {
                    throw new IllegalArgumentException("a page outline cut short");
                }
                List<Include> includes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    includes.add(new Include(Path.of(unescape(fields[4 + 2 * i])), Path.of(unescape(fields[5 + 2 * i]))));
                }
                List<String> links = new ArrayList<>(linkCount);
                for (int i = 4 + 2 * count; i < idsAt; i++) {
                    links.add(unescape(fields[i]));
                }
                List<String> ids = new ArrayList<>();
                for (int i = idsAt; i < fields.length; i++) {
                    ids.add(unescape(fields[i]));
                }
                String flags = fields[1];
                return new Outline(unescape(fields[0]), flags.charAt(0) == 't', flags.charAt(1) == 'c',
                        flags.charAt(2) == 'p', includes, links, ids);
            } catch (NumberFormatException | InvalidPathException e) {
                throw new IllegalArgumentException("not a page outline: " + e.getMessage(), e);
            }
        }

        /** Keeps a field apart from the next and on its line: {@code %}, tab and line breaks become {@code %XX}. */
        static String escape(String field) {
            return field.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
        }

        static String unescape(String field) {
            return field.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
        }
    }
}
