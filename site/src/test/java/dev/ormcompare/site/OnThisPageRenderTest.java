package dev.ormcompare.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The "On this page" navigation of rendered pages: made of Asciidoctor's outline, placed as the page asks. */
class OnThisPageRenderTest {

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    static Path directory;
    private static DocsProject project;

    @BeforeAll
    static void render() throws IOException {
        project = new DocsProject(directory, converters);
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nNo sections here.\n");
        project.write("src/docs/asciidoc/plain.adoc", LongPage.source("Plain", "", 2));
        project.write("src/docs/asciidoc/deep.adoc", LongPage.source("Deep", ":toclevels: 3\n:sectnums:", 2));
        project.write("src/docs/asciidoc/left.adoc", LongPage.source("Left", ":toc: left", 2));
        project.write("src/docs/asciidoc/macro.adoc", LongPage.source("Macro", ":toc: macro", 2)
                .replace("== Section 2\n", "toc::[]\n\n== Section 2\n"));
        project.write("src/docs/asciidoc/preamble.adoc", LongPage.source("Preamble", ":toc: preamble", 2));
        project.write("src/docs/asciidoc/off.adoc", LongPage.source("Off", ":toc!:", 2));
        assertThat(project.render().problems()).isEmpty();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(project.path("target/site/" + name + ".html"));
    }

    @Test
    void aPageWithSectionsGetsALabelledNavigationInsteadOfAsciidoctorsTableOfContents() throws IOException {
        Document plain = page("plain");

        assertThat(plain.select("nav.oc-toc")).hasSize(1);
        assertThat(plain.selectFirst("nav.oc-toc").attr("aria-label")).isEqualTo("On this page");
        assertThat(plain.select("nav.oc-toc > details > summary").text()).isEqualTo("On this page");
        assertThat(plain.select("#toc, #toctitle")).isEmpty();
        assertThat(plain.selectFirst("article.oc-doc > h1").nextElementSibling().is("nav.oc-toc")).as("right under the title").isTrue();
    }

    @Test
    void itListsTwoLevelsByDefaultAndAsManyAsToclevelsAsksNumberedAsTheSectionsAre() throws IOException {
        assertThat(page("plain").select("nav.oc-toc a").eachText())
                .containsExactly("Section 1", "Part 1.1", "Part 1.2", "Section 2", "Part 2.1", "Part 2.2");
        assertThat(page("deep").select("nav.oc-toc a").eachText())
                .startsWith("1. Section 1", "1.1. Part 1.1", "1.2. Part 1.2", "1.2.1. Detail 1.2.1", "2. Section 2");
        assertThat(page("plain").select("nav.oc-toc a").eachAttr("href")).allSatisfy(href ->
                assertThat(page("plain").getElementById(href.substring(1))).as(href).isNotNull());
    }

    @Test
    void aTableOfContentsPlacedByAsciidoctorIsReplacedOneThePagePlacedStays() throws IOException {
        assertThat(page("left").select("nav.oc-toc")).hasSize(1);
        assertThat(page("left").select("#toc")).isEmpty();

        for (String placed : new String[] {"macro", "preamble"}) {
            Document document = page(placed);
            assertThat(document.select("nav.oc-toc")).as(placed).hasSize(1);
            assertThat(document.select("#toc")).as(placed).hasSize(1);
            assertThat(document.select("#toc").parents()).as(placed).noneMatch(parent -> parent.is("nav.oc-toc"));
            assertThat(document.select("nav.oc-toc a").eachText()).as(placed).contains("Section 1", "Part 2.2");
        }
    }

    @Test
    void aPageWithoutSectionsOrWithTocUnsetHasNone() throws IOException {
        assertThat(page("index").select("nav.oc-toc, #toc")).isEmpty();
        assertThat(page("off").select("nav.oc-toc, #toc")).isEmpty();
    }
}
