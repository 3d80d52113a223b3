package dev.ormcompare.site.compose;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.convert.ConvertedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code 404.html}, the page GitHub Pages, Netlify and nginx ({@code error_page 404 /404.html}) serve for any
 * address that has no file, at that address: {@code /docs/guide/gone/page.html} as well as {@code /docs/x}.
 * Links relative to the page's own folder would then lead nowhere, and a {@code <base>} element would change
 * what every in-page link means; so its links (theme, search, navigation) start from the server's root, at the
 * site's path in its address ({@code siteUrl}), or {@code /} when that is not known.
 */
final class NotFoundPage {

    static final String FILE = "404.html";
    /** Its name among the pages: in no navigation, never the current page. */
    static final String PAGE = "404.adoc";

    private NotFoundPage() {
    }

    /** @param docsRoot the docs' source folder, whose shared docinfo files the page gets as they are written */
    static String html(PageShell shell, SiteLook look, Path docsRoot) throws IOException {
        String root = look.publishing().sitePath();
        String body = "<h1>Page not found</h1>\n<div class=\"paragraph\"><p>There is no page at this address. It may have "
                + "moved: search for it above, pick it from the navigation, or start from the <a href=\""
                + Html.escape(root) + "index.html\">home page</a>.</p></div>";
        // No page's attributes to substitute in the docinfo: it has no source.
        String head = docinfo(docsRoot, "docinfo.html");
        ConvertedPage page = new ConvertedPage("Page not found", Integer.MAX_VALUE,
                "<meta name=\"robots\" content=\"noindex\">" + (head.isEmpty() ? "" : "\n" + head), body,
                docinfo(docsRoot, "docinfo-footer.html"), "", docinfo(docsRoot, "docinfo-header.html"), "",
                ConvertedPage.EMPTY.outline(), "", List.of());
        return shell.page(PAGE, root, page, body);
    }

    private static String docinfo(Path docsRoot, String name) throws IOException {
        Path file = docsRoot.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    }
}
