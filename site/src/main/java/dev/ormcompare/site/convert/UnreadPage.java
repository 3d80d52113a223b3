package dev.ormcompare.site.convert;

/**
 * A converted page whose body is still as Asciidoctor wrote it: everything taken from Asciidoctor's tree
 * is in {@code page}; what {@link PageBody} reads of the HTML is added by {@link #read()}, which needs no
 * Asciidoctor and so may run on another thread.
 *
 * @param page what was taken from the tree, with no body yet when {@code body} is not empty
 * @param body the body to read; empty when {@code page} is already complete
 */
record UnreadPage(ConvertedPage page, String body) {

    /** A page with nothing left to read. */
    static UnreadPage complete(ConvertedPage page) {
        return new UnreadPage(page, "");
    }

    /** The page with its body read: On this page placed, its text, links and ids. */
    ConvertedPage read() {
        if (body.isEmpty()) {
            return page;
        }
        PageBody read = PageBody.read(body);
        return page.withBody(read.html(), read.text(), read.links(),
                page.outline().withLinksAndIds(read.linksToPlacesInPages(), read.ids()));
    }
}
