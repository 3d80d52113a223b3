package dev.ormcompare.site;

import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.search.SearchIndex;
import dev.ormcompare.asciidoctor.settings.FailOn;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What makes a page stale, on real docs trees converted by a real Asciidoctor: each file a page
 * read, wherever it lives, and nothing else.
 */
class IncrementalRenderTest {

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;

    @BeforeEach
    void writeDocs() throws IOException {
        project = new DocsProject(directory, converters);
        project.write("src/main/java/demo/Migrate.java", """
                class Migrate {
                    // tag::apply[]
                    void apply() {}
                    // end::apply[]
                }
                """);
        project.write("src/docs/asciidoc/index.adoc", """
                = Guide

                include::getting-started.adoc[]

                include::extras/query.sql[]

                [source,java]
                ----
                include::../../main/java/demo/Migrate.java[tag=apply]
                ----
                """);
        project.write("src/docs/asciidoc/getting-started.adoc", "== Getting started\n\nFirst steps.\n");
        project.write("src/docs/asciidoc/extras/query.sql", "select 1;\n");
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nNothing included.\n");
    }

    /** Pages converted, files converted that a page includes as its chapters (getting-started.adoc here), pages left. */
    private List<String> renderedTitles(SiteRenderer.Outcome outcome) {
        return List.of(outcome.rendered() + " rendered", outcome.chapters() + " of books",
                outcome.upToDate() + " up to date");
    }

    @Test
    void anIncludedPageRendersItselfAndThePagesIncludingIt() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/getting-started.adoc", "== Getting started\n\nSecond steps.\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "1 of books", "1 up to date");
        assertThat(project.read("target/site/index.html")).contains("Second steps.");
    }

    @Test
    void anIncludedFileThatIsNoAsciiDocRendersThePageAgain() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/extras/query.sql", "select 2;\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(project.read("target/site/index.html")).contains("select 2;");
        // what a preview reloads: the page, the file copied beside it, the index, the site's text for language models
        assertThat(outcome.written()).containsExactlyInAnyOrder("index.html", "extras/query.sql", SearchIndex.FILE,
                "llms-full.txt");
    }

    @Test
    void aSourceFileOutsideTheDocsRendersThePageAgain() throws IOException {
        project.render();
        project.write("src/main/java/demo/Migrate.java", """
                class Migrate {
                    // tag::apply[]
                    void applyAll() {}
                    // end::apply[]
                }
                """);

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(project.read("target/site/index.html")).contains("applyAll");
    }

    @Test
    void anIncludeInAnAsciiDocTableCellIsAnInputToo() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\n|===\na|\ninclude::cell.txt[]\n|===\n");
        project.write("src/docs/asciidoc/cell.txt", "First cell text.\n");
        project.render();
        project.write("src/docs/asciidoc/cell.txt", "Second cell text.\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(project.read("target/site/alone.html")).contains("Second cell text.");
    }

    @Test
    void creatingAMissingIncludeRendersThePageAgainAndClearsItsError() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\ninclude::_later.adoc[]\n");
        SiteRenderer.Outcome first = project.render();
        project.write("src/docs/asciidoc/_later.adoc", "Written later.\n");

        SiteRenderer.Outcome second = project.render();

        assertThat(first.failures()).extracting(Problem::message).singleElement().asString()
                .startsWith("include file not found");
        assertThat(renderedTitles(second)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(second.failures()).isEmpty();
        assertThat(project.read("target/site/alone.html")).contains("Written later.");
    }

    @Test
    void aCatalogNamedInThePageHeaderRendersThePageAgain() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", """
                = Alone
                :ormcompare-catalog: ../team-catalog

                ormcompare::status[orms=team]
                """);
        project.write("src/docs/team-catalog/team.adoc", """
                [orm,id=team,name="Team ORM"]
                [snippet,topic=status,orm=team,language=console]
                ----
                $ team status
                ----
                """);
        project.render();
        project.write("src/docs/team-catalog/team.adoc", project.read("src/docs/team-catalog/team.adoc")
                .replace("team status", "team status --verbose"));

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).select("pre").text())
                .contains("team status --verbose");
    }

    @Test
    void aNewFileInTheCatalogDirectoryRendersThePagesUsingTheCatalog() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\normcompare::status[orms=prisma]\n");
        project.write("src/docs/ormcompare/a.adoc", "// nothing yet\n");
        project.render();
        project.write("src/docs/ormcompare/b.adoc", """
                [snippet,topic=status,orm=prisma,language=console]
                ----
                $ prisma migrate status --team
                ----
                """);

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).select("pre").text()).contains("--team");
    }

    @Test
    void aFileAddedToACellOfACatalogTreeRendersThePagesShowingThatTopicAndTheMatrixOnly() throws IOException {
        project.write("src/docs/ormcompare/3-crud/1-insert-one/django/views.py", "Book.objects.create()\n");
        project.write("src/docs/ormcompare/1-setup/1-connect/django/settings.py", "DATABASES = {}\n");
        project.write("src/docs/asciidoc/index.adoc", "= Insert\n\normcompare::insert-one[orms=django]\n");
        project.write("src/docs/asciidoc/alone.adoc", "= Connect\n\normcompare::connect[orms=django]\n");
        project.write("src/docs/asciidoc/matrix.adoc", "= Matrix\n\normmatrix::[orms=django,group=CRUD]\n");
        project.render();
        project.write("src/docs/ormcompare/3-crud/1-insert-one/django/2-more.py", "more()\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).as("the insert-one page and the matrix; not the connect page")
                .containsExactly("2 rendered", "0 of books", "2 up to date");
        assertThat(Jsoup.parse(project.path("target/site/index.html")).select("#ormcompare-insert-one-django pre code")
                .eachText()).containsExactly("more()", "Book.objects.create()");
        project.cleanRender("target/clean-site");
        assertThat(project.files("target/site")).isEqualTo(project.files("target/clean-site"));

        project.delete("src/docs/ormcompare/3-crud/1-insert-one/django/2-more.py");
        assertThat(renderedTitles(project.render())).containsExactly("2 rendered", "0 of books", "2 up to date");
        assertThat(Jsoup.parse(project.path("target/site/index.html")).select("#ormcompare-insert-one-django pre code")
                .eachText()).containsExactly("Book.objects.create()");
    }

    @Test
    void docinfoIsAnInputOfThePagesThatUseItAndIsNotPublished() throws IOException {
        project.write("src/docs/asciidoc/guide/alone.adoc", "= Alone\n:docinfo: shared\n\nText.\n");
        project.write("src/docs/asciidoc/guide/docinfo.html", "<meta name=\"team\" content=\"one\">\n");
        project.write("src/docs/asciidoc/.DS_Store", "binary junk");
        project.render();
        project.write("src/docs/asciidoc/guide/docinfo.html", "<meta name=\"team\" content=\"two\">\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "2 up to date");
        assertThat(Jsoup.parse(project.path("target/site/guide/alone.html")).select("meta[name=team]").attr("content"))
                .isEqualTo("two");
        assertThat(project.path("target/site/guide/docinfo.html")).doesNotExist();
        assertThat(project.path("target/site/.DS_Store")).doesNotExist();
    }

    @Test
    void theDocsRootsSharedDocinfoIsAnInputOfEveryPage() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/docinfo.html", "<meta name=\"team\" content=\"one\">\n");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.upToDate()).as("pages up to date").isZero();
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).select("meta[name=team]").attr("content"))
                .isEqualTo("one");
        assertThat(project.path("target/site/docinfo.html")).doesNotExist();
    }

    @Test
    void upToDatePagesReportWhatTheyLoggedAndFailOnDecidesEachBuild() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\normcompare::status[orms=djano]\n\n<<nowhere>>\n");
        project.failOn = FailOn.atLeast(Severity.FATAL);
        SiteRenderer.Outcome lenient = project.render();
        project.takeMessages();
        project.failOn = FailOn.ERROR;

        SiteRenderer.Outcome strict = project.render();

        assertThat(lenient.failures()).isEmpty();
        assertThat(strict.rendered()).isZero();
        assertThat(strict.problems()).isEqualTo(lenient.problems());
        assertThat(strict.failures()).extracting(Problem::message).singleElement().asString()
                .startsWith("unknown ORM 'djano'; did you mean 'django'?");
        assertThat(project.takeMessages()).anySatisfy(line -> assertThat(line).startsWith("ERROR "))
                .anySatisfy(line -> assertThat(line).startsWith("INFO ").contains("nowhere"));
    }

    @Test
    void pagesAreWrittenWithTheModeAnOrdinaryFileGets() throws IOException {
        Path ordinary = Files.createFile(directory.resolve("ordinary"));
        project.write("src/docs/asciidoc/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        project.render();

        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.path("target/site/index.html"))))
                .isEqualTo(expected);
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(project.path("target/ormcompare/render-state.txt")))).isEqualTo(expected);
    }

    @Test
    void everyAsciiDocExtensionIsAPageAndPatternsChooseOthers() throws IOException {
        project.write("src/docs/asciidoc/more/a.asciidoc", "= A\n");
        project.write("src/docs/asciidoc/more/b.asc", "= B\n");
        project.write("src/docs/asciidoc/more/c.ad", "= C\n");

        project.render();
        // getting-started.adoc, without a title, is a chapter index.adoc includes: no page.
        assertThat(project.pagesAndResources("target/site")).containsExactlyInAnyOrder("index.html",
                "alone.html", "more/a.html", "more/b.html", "more/c.html", "extras/query.sql");

        project.pages = PageSelection.of(List.of("index.adoc", "more/**"), List.of("**/*.ad"));
        SiteRenderer.Outcome selected = project.render();

        assertThat(selected.rendered() + selected.upToDate()).isEqualTo(3);
        assertThat(project.pagesAndResources("target/site")).containsExactlyInAnyOrder("index.html", "more/a.html",
                "more/b.html", "extras/query.sql");
    }

    @Test
    void codeIsHighlightedByRougeUnlessThePageNamesAnotherHighlighter() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n:source-highlighter: highlight.js\n\n"
                + "[source,java]\n----\nclass A {}\n----\n");

        project.render();

        assertThat(Jsoup.parse(project.path("target/site/index.html")).select("pre.rouge code span")).isNotEmpty();
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).select("pre.highlightjs")).hasSize(1);
    }

    @Test
    void falseUnsetsAnAttributeAndTrueOrAnEmptyElementSetsIt() throws IOException {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n:sectnums:\n\n== Section\n\nifdef::beta[Beta is set.]\n");
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("sectnums", "false", "toc", "true"));
        attributes.put("beta", null); // <beta/> in a pom

        project.attributes = attributes;
        project.render();

        assertThat(project.read("target/site/alone.html")).contains("Beta is set.");
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).selectFirst("h2").text()).isEqualTo("Section");
        assertThat(Jsoup.parse(project.path("target/site/alone.html")).select("nav.oc-toc")).hasSize(1);
    }

    @Test
    void whatTheLastBuildWroteAndThisOneWouldNotIsRemoved() throws IOException {
        project.write("src/docs/asciidoc/images/old.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        project.write("src/docs/asciidoc/broken.adoc", "= Broken\n\normcompare::status[orms=djano]\n");
        project.render();
        Files.writeString(project.path("target/site/from-another-tool.html"), "<p>kept</p>");
        Files.writeString(project.path("target/site/images/.old.svg.0123456789abcdef.ormcompare-tmp"), "half");
        project.delete("src/docs/asciidoc/images/old.svg");
        project.delete("src/docs/asciidoc/broken.adoc");
        project.delete("src/docs/asciidoc/alone.adoc");
        project.write("src/docs/asciidoc/alone.html", "<p>written by hand</p>");

        project.render();

        assertThat(project.pagesAndResources("target/site")).containsExactlyInAnyOrder("index.html",
                "extras/query.sql", "alone.html", "from-another-tool.html");
        assertThat(project.read("target/site/alone.html")).isEqualTo("<p>written by hand</p>");
        assertThat(project.path("target/site/images")).doesNotExist();
    }

    @Test
    void aStateThatDoesNotReadBackIsAWarningAndAFullRender() throws IOException {
        project.render();
        Files.writeString(project.path("target/ormcompare/render-state.txt"), "page.a=1\n");
        project.takeMessages();

        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("2 rendered", "1 of books", "0 up to date");
        assertThat(project.takeMessages()).singleElement().asString().startsWith("WARN ormcompare: the state of the last "
                + "render").endsWith("cannot be read (it does not start with 'ormcompare render state 4'); rendering "
                + "every page");
    }

    @Test
    void aResourceNamedLikeAPagesHtmlIsAnErrorNamingBothAndThePageIsWritten() throws IOException {
        project.write("src/docs/asciidoc/alone.html", "<p>clash</p>");

        SiteRenderer.Outcome outcome = project.render();

        assertThat(project.read("target/site/alone.html")).contains("Nothing included.");
        assertThat(outcome.failures()).extracting(problem -> problem.describe(project.root())).containsExactly(
                "src/docs/asciidoc/alone.html: left out of the site: alone.adoc is written to alone.html too, and one "
                        + "file cannot hold both; rename one of them");
    }

    @Test
    void twoPagesThatWouldMakeOneHtmlFileAreAnErrorNamingBothAndTheSiteListsOne() throws IOException {
        project.write("src/docs/asciidoc/guide/dup.adoc", "= Written as adoc\n");
        project.write("src/docs/asciidoc/guide/dup.asciidoc", "= Written as asciidoc\n");

        SiteRenderer.Outcome first = project.render();
        SiteRenderer.Outcome second = project.render();

        String expected = "src/docs/asciidoc/guide/dup.asciidoc: left out of the site: guide/dup.adoc is written to "
                + "guide/dup.html too, and one file cannot hold both; rename one of them";
        assertThat(first.failures()).extracting(problem -> problem.describe(project.root())).containsExactly(expected);
        assertThat(second.failures()).extracting(problem -> problem.describe(project.root())).containsExactly(expected);
        assertThat(project.read("target/site/guide/dup.html")).contains("Written as adoc");
        Document index = Jsoup.parse(project.path("target/site/index.html"));
        assertThat(index.select("#oc-nav a[href=./guide/dup.html]")).hasSize(1);
        assertThat(index.select("#oc-nav a").eachText()).containsOnlyOnce("Written as adoc").doesNotContain("Written as asciidoc");
    }

    @Test
    void aBuildKilledAfterWritingPagesThenRevertedSourcesGiveTheRevertedPages() throws IOException {
        project.render();
        String original = project.read("src/docs/asciidoc/alone.adoc");
        project.write("src/docs/asciidoc/alone.adoc", original.replace("Nothing included.", "Edited."));
        // The page is converted, its search entries and text kept and its HTML written; the state never is.
        KillingSiteFiles killing = new KillingSiteFiles(4);

        assertThatThrownBy(() -> project.render(killing)).isInstanceOf(KillingSiteFiles.Killed.class);
        assertThat(project.read("target/site/alone.html")).contains("Edited.");
        project.write("src/docs/asciidoc/alone.adoc", original);
        SiteRenderer.Outcome outcome = project.render();

        assertThat(renderedTitles(outcome)).containsExactly("1 rendered", "0 of books", "1 up to date");
        assertThat(project.read("target/site/alone.html")).contains("Nothing included.").doesNotContain("Edited.");
    }

    @Test
    void aTemporaryFileLeftByAKilledBuildIsGoneAfterTheNextBuild() throws IOException {
        project.render();
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nEdited.\n");

        // Killed while writing the page's HTML, after keeping what converting it gave, its search entries and text.
        assertThatThrownBy(() -> project.render(new KillingSiteFiles(3))).isInstanceOf(KillingSiteFiles.Killed.class);
        assertThat(project.files("target/site").keySet()).anyMatch(name -> name.endsWith(".ormcompare-tmp"));
        project.render();

        assertThat(project.files("target/site").keySet()).noneMatch(name -> name.endsWith(".ormcompare-tmp"));
        assertThat(project.read("target/site/alone.html")).contains("Edited.");
    }
}
