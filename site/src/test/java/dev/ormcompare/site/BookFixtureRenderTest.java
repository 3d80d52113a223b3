package dev.ormcompare.site;

import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.site.content.PageSelection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tree shaped like a book (src/test/resources/book-fixture), without a nav file: an index with a
 * header (author, revision) that includes an attribute file and chapters without titles of their own,
 * one of them in a folder and one marked as a page; a reference page that includes two pages; a page
 * with a long title and a {@code :reftext:} in a folder no page includes. Rendered with a real
 * Asciidoctor, read with jsoup.
 */
class BookFixtureRenderTest {

    private static final List<String> PAGES = List.of("index.html", "chapters/faq.html", "appendix/upgrading.html",
            "reference/index.html", "reference/config.html", "reference/api.html");

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = SiteFixture.copyInto(new DocsProject(directory, converters), "/book-fixture");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(project.path("target/site").resolve(path));
    }

    private boolean isPublished(String path) {
        return Files.isRegularFile(project.path("target/site").resolve(path));
    }

    @Test
    void chaptersWithoutATitleThatABookIncludesAreNotPagesAndWhatTheyLogAloneIsNotReported() throws IOException {
        SiteRenderer.Outcome outcome = project.render();

        // Rendered alone, associations.adoc cannot include {extrasdir}/Mapping.java: the book sets extrasdir.
        assertThat(outcome.problems()).isEmpty();
        assertThat(project.takeMessages()).noneMatch(message -> message.startsWith("ERROR") || message.startsWith("WARN"));
        assertThat(PAGES).allMatch(this::isPublished);
        assertThat(List.of("attributes.html", "chapters/preface.html", "chapters/getting-started.html",
                "chapters/domain/associations.html")).noneMatch(this::isPublished);
        // Counted apart: six pages, and the four files the book includes as its chapters.
        assertThat(outcome.rendered()).isEqualTo(PAGES.size());
        assertThat(outcome.chapters()).isEqualTo(4);
        assertThat(outcome.upToDate()).isZero();
        Document index = page("index.html");
        assertThat(index.select(".oc-doc h2").eachText()).containsExactly("Preface", "Getting started", "Associations",
                "Frequently asked questions");
        assertThat(index.select(".oc-doc code").text()).contains("@ManyToOne Owner owner;");
        String search = project.read("target/site/" + dev.ormcompare.site.search.SearchIndex.FILE);
        assertThat(search).contains("chapters/faq.html").doesNotContain("chapters/preface.html")
                .doesNotContain("getting-started.html").doesNotContain("attributes.html");
    }

    @Test
    void withoutANavFileTheNavigationFollowsTheIncludesAndFoldersOnlyWhereNothingIncludesAPage() throws IOException {
        project.render();

        Document api = page("reference/api.html");
        assertThat(api.select("#oc-nav a").eachText()).containsExactly("Fixture Guide 4.2", "Frequently asked questions",
                "Upgrading", "Reference", "Configuration", "API");
        assertThat(api.select("#oc-nav summary").eachText()).containsExactly("Appendix", "Pages under Reference");
        // Previous and next follow the same order, and use the same labels.
        assertThat(api.select("a[rel=prev]").text()).isEqualTo("Previous Configuration");
        assertThat(page("chapters/faq.html").select("a[rel=prev]").text()).isEqualTo("Previous Fixture Guide 4.2");
        assertThat(page("appendix/upgrading.html").select("a[rel=next]").text()).isEqualTo("Next Reference");
    }

    @Test
    void labelsComeFromNavtitleOrReftextElseTheTitleWithoutItsSubtitleAndThePageKeepsItsWholeTitle() throws IOException {
        project.render();

        assertThat(page("reference/api.html").select(".oc-doc h1").text())
                .isEqualTo("The Application Programming Interface in Depth");
        assertThat(page("appendix/upgrading.html").select(".oc-doc h1").text())
                .isEqualTo("Upgrading from Fixture 3 to Fixture 4: What Changed and Why");
        Document index = page("index.html");
        assertThat(index.select(".oc-doc h1").text()).isEqualTo("Fixture Guide 4.2: The Complete Reference Documentation");
        assertThat(index.select("#oc-nav a[aria-current=page]").text()).isEqualTo("Fixture Guide 4.2");
        assertThat(index.title()).isEqualTo("Fixture Guide 4.2: The Complete Reference Documentation · Fixture docs");
    }

    @Test
    void pagesInFoldersHaveBreadcrumbsInALabelledLandmarkEndingAtThePage() throws IOException {
        project.render();

        Element api = page("reference/api.html").selectFirst("main nav.oc-breadcrumbs[aria-label=Breadcrumbs]");
        assertThat(api).isNotNull();
        assertThat(api.select("li").eachText()).containsExactly("Fixture Guide 4.2", "Reference", "API");
        assertThat(api.select("a").eachAttr("href")).containsExactly("../index.html", "../reference/index.html",
                "../reference/api.html");
        assertThat(api.select("a[aria-current=page]").text()).isEqualTo("API");
        assertThat(api.nextElementSibling().selectFirst("h1")).as("the crumbs come right above the title").isNotNull();
        Element upgrading = page("appendix/upgrading.html").selectFirst("nav.oc-breadcrumbs");
        assertThat(upgrading.select("li").eachText()).containsExactly("Fixture Guide 4.2", "Appendix", "Upgrading");
        assertThat(upgrading.select("li span").text()).as("a folder without a page of its own").isEqualTo("Appendix");
        assertThat(page("index.html").select("nav.oc-breadcrumbs")).isEmpty();
    }

    @Test
    void thePageHeaderShowsTheAuthorsRevisionNumberAndDateAsAsciidoctorDoes() throws IOException {
        project.render();

        Element details = page("index.html").selectFirst(".oc-doc h1 + .details");
        assertThat(details).isNotNull();
        assertThat(details.select(".author").text()).isEqualTo("Ada Writer");
        assertThat(details.select(".email a").attr("href")).isEqualTo("mailto:ada@example.org");
        assertThat(details.select("#revnumber").text()).isEqualTo("version 4.2,");
        assertThat(details.select("#revdate").text()).isEqualTo("2026-01-05");
        assertThat(page("reference/api.html").select(".details")).isEmpty();
    }

    @Test
    void searchEntriesShowAttributeValuesNotReferences() throws IOException {
        project.render();

        String search = project.read("target/site/" + dev.ormcompare.site.search.SearchIndex.FILE);
        assertThat(search).contains("Welcome to Fixture 4.2").contains("This guide covers Fixture 4.2")
                .doesNotContain("{guideVersion}").doesNotContain("{extrasdir}");
    }

    @Test
    void withoutARootIndexTheHomeLinkLeadsToTheFirstPageOfTheNavigation() throws IOException {
        project.delete("src/docs/asciidoc/index.adoc");

        project.render();

        assertThat(isPublished("index.html")).isFalse();
        assertThat(isPublished("attributes.html")).as("attribute entries alone are no page").isFalse();
        for (String path : List.of("chapters/preface.html", "reference/api.html", "appendix/upgrading.html")) {
            Document page = page(path);
            String home = page.selectFirst("a.oc-home").attr("href");
            assertThat(project.path("target/site").resolve(path).resolveSibling(home).normalize()).as(path).isRegularFile();
            assertThat(home).as(path).endsWith("appendix/upgrading.html");
        }
    }

    @Test
    void aChapterIsAPageWhenItSaysSoOrAnIncludePatternNamesIt() throws IOException {
        project.pages = PageSelection.of(List.of("**/*.adoc", "chapters/preface.adoc"), List.of());

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.problems()).isEmpty();
        assertThat(isPublished("chapters/faq.html")).as(":ormcompare-page:").isTrue();
        assertThat(isPublished("chapters/preface.html")).as("named by an include pattern").isTrue();
        assertThat(isPublished("chapters/getting-started.html")).isFalse();
        assertThat(page("chapters/preface.html").select(".oc-doc h2").text()).isEqualTo("Preface");
        // No document title: the page's title is there for screen readers, not shown twice.
        assertThat(page("chapters/preface.html").select(".oc-doc h1.oc-visually-hidden").text()).isEqualTo("Preface");
        assertThat(page("reference/api.html").select(".oc-doc h1")).hasSize(1).first().extracting(h1 -> h1.hasClass(
                "oc-visually-hidden")).isEqualTo(false);
    }

    @Test
    void aChapterEditRendersItsBookAgainAndAChapterGivenATitleBecomesAPage() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/chapters/preface.adoc",
                project.read("src/docs/asciidoc/chapters/preface.adoc").replace("bookkeeping", "accounting"));

        SiteRenderer.Outcome edited = project.render();

        assertThat(page("index.html").select(".oc-doc").text()).contains("accounting");
        assertThat(isPublished("chapters/preface.html")).isFalse();
        // The chapter and the book that includes it; the other five pages up to date.
        assertThat(List.of(edited.rendered(), edited.chapters(), edited.upToDate())).containsExactly(1, 1, 5);

        project.write("src/docs/asciidoc/chapters/preface.adoc", "= Preface\n\nNow a page of its own.\n");
        project.render();

        assertThat(isPublished("chapters/preface.html")).isTrue();
        assertThat(page("index.html").select("#oc-nav a").eachText()).contains("Preface");
        assertThat(project.cleanRenderFiles()).containsAll(project.files("target/site").keySet())
                .hasSameSizeAs(project.files("target/site").keySet());
    }

    @Test
    void everyListingGetsACopyButtonFromTheThemeScriptNotOnlyTheTabs() throws IOException {
        project.render();

        String theme = project.read("target/site/ormcompare-assets/theme.js");
        assertThat(theme).contains("ormcompare-copy").contains("listingblock");
        assertThat(page("index.html").select(".oc-doc .listingblock > .content > pre")).hasSize(2);
    }

    @Test
    void linksToAMissingPlaceAreWarningsInTheChapterThatWritesThemAndFailAWarnBuild() throws IOException {
        project.failOn = FailOn.atLeast(org.asciidoctor.log.Severity.WARN);
        project.write("src/docs/asciidoc/chapters/getting-started.adoc",
                project.read("src/docs/asciidoc/chapters/getting-started.adoc").replace("<<preface>>", "<<prefase>>")
                        .replace("index.adoc#config", "index.adoc#confgi"));

        SiteRenderer.Outcome outcome = project.render();

        Path chapter = project.path("src/docs/asciidoc/chapters/getting-started.adoc");
        // Asciidoctor itself says "possible invalid reference: prefase" at INFO, without a line.
        assertThat(outcome.problems()).filteredOn(problem -> problem.atLeast(org.asciidoctor.log.Severity.WARN)).containsExactly(
                new Problem(org.asciidoctor.log.Severity.WARN, chapter, 4,
                        "xref to '#prefase' leads to no place in this page; did you mean 'preface'?"),
                new Problem(org.asciidoctor.log.Severity.WARN, chapter, 4,
                        "xref to 'reference/index.adoc#confgi' leads to no place in that page; did you mean 'config'?"));
        assertThat(outcome.failures()).hasSize(2);
    }
}
