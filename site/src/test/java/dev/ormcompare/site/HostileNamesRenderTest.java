package dev.ormcompare.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and titles reused by the site (navigation, previous and next, window titles, links, the
 * search index) stay text, and links built from file names stay relative paths: {@link HostileSite}
 * rendered with a real Asciidoctor, read with jsoup.
 */
class HostileNamesRenderTest {

    private static final List<String> PAGES = List.of("index.html", HostileSite.SCRIPT_PAGE, "guide/mischief.html",
            "guide/cartoon.html");

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    static Path directory;
    private static DocsProject project;

    @BeforeAll
    static void render() throws IOException {
        project = HostileSite.writeInto(new DocsProject(directory, converters));
        assertThat(project.render().problems()).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(project.path("target/site").resolve(path));
    }

    @Test
    void everyLinkToAPageIsARelativePathAndNoneIsAScript() throws IOException {
        for (String path : PAGES) {
            Document page = page(path);
            assertThat(page.select("#oc-nav a[href], .oc-pagination a[href]").eachAttr("href")).as(path)
                    .isNotEmpty().allMatch(href -> href.startsWith("./") || href.startsWith("../"));
            assertThat(page.select("a[href]").eachAttr("href")).as(path)
                    .noneMatch(href -> href.strip().toLowerCase().startsWith("javascript:"));
        }
        assertThat(page("index.html").select("#oc-nav a").stream()
                .filter(link -> link.attr("href").equals(HostileSite.SCRIPT_PAGE_HREF)).map(link -> link.text()))
                .containsExactly("javascript:window.pwned=8;alert(8)");
        assertThat(page("guide/cartoon.html").select("#oc-nav a").eachAttr("href"))
                .contains("../javascript%3Awindow.pwned=8;alert(8).html");
    }

    @Test
    void titlesAreTheTextAReaderSeesEscapedOnceWhereverTheyAreReused() throws IOException {
        for (String path : PAGES) {
            Document page = page(path);
            assertThat(page.select("head *, #oc-nav *, .oc-pagination *").select("[onerror], img, x")).as(path).isEmpty();
            assertThat(page.select("#oc-nav a").eachText()).as(path).contains("Mischief", "Tom & Jerry <3");
        }
        assertThat(page("guide/mischief.html").title()).isEqualTo("Mischief · " + HostileSite.LOOK_NAME);
        assertThat(page("guide/cartoon.html").title()).isEqualTo("Tom & Jerry <3 · " + HostileSite.LOOK_NAME);
        assertThat(project.read("target/site/guide/cartoon.html")).contains("<title>Tom &amp; Jerry &lt;3 · ");
        // The page's own heading keeps Asciidoctor's markup, inert there: the element x, with every payload an attribute.
        assertThat(page("guide/mischief.html").select(".oc-doc h1 x").attr("onerror")).startsWith("window.pwned=9//");
    }

    @Test
    void theSearchIndexHoldsTitlesAsTextAndPagesAsEncodedPaths() throws IOException {
        String index = project.read("target/site/ormcompare-assets/search-index.js");

        assertThat(index).contains("{\"u\":\"javascript%3Awindow.pwned=8;alert(8).html\"")
                .contains("[\"p\",\"\",\"Mischief\",").contains("[\"s\",\"trouble\",\"\",").contains(":[\"Trouble\",\"More words.\",")
                .contains("\"Tom & Jerry \\u003c3\"")
                .doesNotContain("onerror").doesNotContain("\"u\":\"javascript:");
    }
}
