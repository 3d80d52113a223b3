package dev.ormcompare.site.compose;

import dev.ormcompare.site.ClassAsciidoctor;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.convert.PageBody;
import dev.ormcompare.site.convert.PageHeader;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The links between pages, in bodies converted by a real Asciidoctor. */
class PageLinksTest {

    @RegisterExtension
    static final ClassAsciidoctor asciidoctor = new ClassAsciidoctor();

    @TempDir
    Path source;

    private final Map<String, PageHeader> headers = Map.of(
            "index.adoc", new PageHeader("Home", Integer.MAX_VALUE),
            "goals.adoc", new PageHeader("Goals &amp; <code>parameters</code>", Integer.MAX_VALUE,
                    new PageHeader.Outline("", true, true, false, List.of(), List.of(), List.of("render", "_parameters"))),
            "guides/first.adoc", new PageHeader("First steps", Integer.MAX_VALUE),
            "guides/untitled.adoc", new PageHeader("", Integer.MAX_VALUE));

    /** Writes the page, converts it to an embedded body and resolves its links. */
    private PageLinks.Result resolve(String page, String text) throws IOException {
        Path file = source.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        String body = asciidoctor.get().convert(text, Options.builder().safe(SafeMode.UNSAFE).build());
        return resolve(new PageLinks(source, headers, Set.of("images/logo.svg", "downloads/sample.html")), page, body);
    }

    /** Resolves the links of a body as the render does: read by the converter, checked when composing. */
    private static PageLinks.Result resolve(PageLinks links, String page, String body) throws IOException {
        PageBody read = PageBody.read(body);
        return links.resolve(page, read.html(), read.links());
    }

    private static Element link(PageLinks.Result result, String href) {
        return Jsoup.parse(result.body()).selectFirst("a[href=" + href + "]");
    }

    @Test
    void anXrefWithoutTextShowsTheTargetsTitle() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "See xref:goals.adoc[] and xref:guides/untitled.adoc[].\n");

        assertThat(link(result, "goals.html").html()).isEqualTo("Goals &amp; parameters");
        assertThat(link(result, "guides/untitled.html").text()).isEqualTo("untitled");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anXrefToAPlaceInAPageWithoutTextShowsThePagesTitle() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "See xref:goals.adoc#render[].\n");

        assertThat(link(result, "goals.html#render").html()).isEqualTo("Goals &amp; parameters");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anXrefWithTextKeepsItsText() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "See xref:goals.adoc[the goals] or xref:goals.adoc#render[render].\n");

        assertThat(link(result, "goals.html").text()).isEqualTo("the goals");
        assertThat(link(result, "goals.html#render").text()).isEqualTo("render");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anXrefFromASubfolderFindsPagesUpAndAcross() throws IOException {
        PageLinks.Result result = resolve("guides/first.adoc", """
                = First steps

                Back xref:../index.adoc[], on to xref:untitled.adoc[], or xref:../goals.adoc[the goals].
                """);

        assertThat(link(result, "../index.html").text()).isEqualTo("Home");
        assertThat(link(result, "untitled.html").text()).isEqualTo("untitled");
        assertThat(link(result, "../goals.html").text()).isEqualTo("the goals");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anXrefToAMissingPageIsAWarningAtTheLineNamingItWithTheNearestPage() throws IOException {
        PageLinks.Result result = resolve("guides/first.adoc", """
                = First steps

                Fine: xref:../index.adoc[].

                Wrong: xref:../gaols.adoc[].
                """);

        assertThat(result.problems()).containsExactly(new Problem(Severity.WARN, source.resolve("guides/first.adoc"), 5,
                "xref to 'gaols.adoc' leads to no page; did you mean 'goals.adoc'?"));
        assertThat(link(result, "../gaols.html")).as("the link stays, as Asciidoctor wrote it").isNotNull();
    }

    /** Asciidoctor writes these as {@code <a href="gaols.html"><strong>the goals</strong></a>} and {@code <a href="gaols.html" class="button">}. */
    @ParameterizedTest
    @ValueSource(strings = {"*the goals*", "the goals,role=button"})
    void anXrefWithMarkupInItsTextOrARoleToAMissingPageIsAWarning(String text) throws IOException {
        PageLinks.Result result = resolve("index.adoc", "= Home\n\nSee xref:gaols.adoc[" + text + "].\n");

        assertThat(result.problems()).containsExactly(new Problem(Severity.WARN, source.resolve("index.adoc"), 3,
                "xref to 'gaols.adoc' leads to no page; did you mean 'goals.adoc'?"));
        assertThat(link(result, "gaols.html").text()).isEqualTo("the goals");
    }

    @Test
    void anXrefWithARoleAndWithoutTextShowsTheTargetsTitle() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "See xref:goals.adoc[role=button].\n");

        assertThat(link(result, "goals.html").html()).isEqualTo("Goals &amp; parameters");
        assertThat(link(result, "goals.html").hasClass("button")).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aLinkToAPublishedFileIsNoPageAndNoWarning() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "Open link:downloads/sample.html[the sample].\n");

        assertThat(link(result, "downloads/sample.html").text()).isEqualTo("the sample");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void linksToOtherSitesAndAnchorsInThePageAreLeftAlone() throws IOException {
        String text = "See https://example.com/page.html[elsewhere] and <<top>>.\n\n[[top]]\n== Top\n";
        String body = asciidoctor.get().convert(text, Options.builder().safe(SafeMode.UNSAFE).build());

        PageLinks.Result result = resolve("index.adoc", text);

        assertThat(result.body()).isEqualTo(body);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void eachMissingPageIsAWarningAtItsOwnLine() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "xref:nowhere.adoc[]\n\nxref:elsewhere.adoc[]\n");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "xref to 'nowhere.adoc' leads to no page."),
                org.assertj.core.groups.Tuple.tuple(3, "xref to 'elsewhere.adoc' leads to no page."));
        assertThat(List.of(result.problems().get(0).severity(), result.problems().get(1).severity()))
                .containsOnly(Severity.WARN);
    }

    @Test
    void thousandsOfBrokenLinksAreLocatedEachAtItsLineWithOneReadOfThePage() throws IOException {
        StringBuilder text = new StringBuilder("= Many\n\n");
        for (int i = 0; i < 2_000; i++) {
            text.append("* xref:gone-").append(i).append(".adoc[]\n");
        }
        Files.writeString(source.resolve("many.adoc"), text);
        String body = asciidoctor.get().convert(text.toString(), Options.builder().safe(SafeMode.UNSAFE).build());
        List<Path> reads = new java.util.ArrayList<>();
        PageLinks links = new PageLinks(source, headers, Set.of(), page -> {
            reads.add(page);
            return Files.readAllLines(page);
        });

        List<Problem> problems = resolve(links, "many.adoc", body).problems();

        assertThat(reads).containsExactly(source.resolve("many.adoc"));
        assertThat(problems).hasSize(2_000);
        for (int i = 0; i < problems.size(); i++) {
            assertThat(problems.get(i).line()).isEqualTo(i + 3);
            assertThat(problems.get(i).message()).startsWith("xref to 'gone-" + i + ".adoc' leads to no page");
        }
    }

    @Test
    void anXrefToAnIdTheOtherPageDoesNotHaveIsAWarningAtItsLineWithTheNearestId() throws IOException {
        PageLinks.Result result = resolve("guides/first.adoc", """
                = First steps

                See xref:../goals.adoc#render[] and
                xref:../goals.adoc#rendre[the render goal].
                """);

        assertThat(result.problems()).containsExactly(new Problem(Severity.WARN, source.resolve("guides/first.adoc"), 4,
                "xref to 'goals.adoc#rendre' leads to no place in that page; did you mean 'render'?"));
    }

    @Test
    void anXrefToAnIdThisPageDoesNotHaveIsAWarning() throws IOException {
        PageLinks.Result result = resolve("index.adoc", "= Home\n\n[[setup]]\n== Setup\n\nSee <<setpu>>.\n");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "xref to '#setpu' leads to no place in this page."));
    }

    @Test
    void aBrokenXrefInAnIncludedChapterIsLocatedInTheChapter() throws IOException {
        Path book = source.resolve("book.adoc");
        Path chapter = source.resolve("chapters/one.adoc");
        Files.createDirectories(chapter.getParent());
        Files.writeString(chapter, "== One\n\nFirst line.\n\nSee xref:goals.adoc#nowhere[].\n");
        String text = "= Book\n\ninclude::chapters/one.adoc[]\n";
        Files.writeString(book, text);
        String body = asciidoctor.get().convert(text, Options.builder().safe(SafeMode.UNSAFE).baseDir(source.toFile()).build());
        Map<String, PageHeader> withBook = new java.util.HashMap<>(headers);
        withBook.put("book.adoc", new PageHeader("Book", Integer.MAX_VALUE, new PageHeader.Outline("", true, true, false,
                List.of(new PageHeader.Include(book, chapter)), List.of(), List.of())));

        List<Problem> problems = resolve(new PageLinks(source, withBook, Set.of()), "book.adoc", body).problems();

        assertThat(problems).containsExactly(new Problem(Severity.WARN, chapter, 5,
                "xref to 'goals.adoc#nowhere' leads to no place in that page."));
    }
}
