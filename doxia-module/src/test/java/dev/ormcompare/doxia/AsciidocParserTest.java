package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.AsciidoctorConsole;
import dev.ormcompare.asciidoctor.SameSettingsPage;
import dev.ormcompare.asciidoctor.TabsAssets;
import org.apache.maven.doxia.parser.ParseException;
import org.apache.maven.doxia.siterenderer.sink.SiteRendererSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parser with a real Asciidoctor, writing into the site plugin's own sink, read back with jsoup. */
class AsciidocParserTest {

    private static final String TABS_PAGE = """
            = Applying migrations
            Ada Lovelace

            == Three ORMs

            ormcompare::apply[orms="django,sqlalchemy,prisma"]

            ormcompare::rollback[orms=django,prisma]
            """;

    private static final String SQL_PAGE = """
            [source,sql]
            ----
            SELECT 1 FROM migrations WHERE name = 'apply';
            ----
            """;

    @TempDir
    Path directory;

    @Test
    void tabsInTheBodyAndTheirCssAndScriptOnceInTheHead() throws Exception {
        SiteRendererSink page = new SiteProject(directory, null).render("guide/apply.adoc", TABS_PAGE);

        Document body = Jsoup.parseBodyFragment(page.getBody());
        assertThat(body.select(".ormcompare").eachAttr("id")).containsExactly("ormcompare-apply", "ormcompare-rollback");
        assertThat(body.select("#ormcompare-apply [role=tab]").eachText()).containsExactly("Django ORM", "SQLAlchemy", "Prisma");
        assertThat(body.select("style, script")).isEmpty();

        Document head = Jsoup.parse("<head>" + page.getHead() + "</head>");
        List<Element> stylesheets = head.select("link[rel=stylesheet]");
        List<Element> scripts = head.select("script");
        assertThat(stylesheets).hasSize(1);
        assertThat(scripts).hasSize(1);
        assertThat(decoded(stylesheets.get(0).attr("href"), "data:text/css;")).isEqualTo(TabsAssets.css());
        assertThat(decoded(scripts.get(0).attr("src"), "data:text/javascript;")).isEqualTo(TabsAssets.script());

        assertThat(page.getTitle()).isEqualTo("Applying migrations");
        assertThat(page.getAuthors()).containsExactly("Ada Lovelace");
        assertThat(page.getDate()).isNotBlank();
    }

    @Test
    void theTitleIsTextTheSinkEscapesOnce() throws Exception {
        SiteRendererSink page = new SiteProject(directory, null).render("cartoon.adoc", "= Tom & Jerry's *chase* <1>\n\nText.\n");

        // the skin escapes it into <title> (the ITs read the HTML): Asciidoctor's "&amp;" would show as "&amp;"
        assertThat(page.getTitle()).isEqualTo("Tom & Jerry’s chase <1>");
        assertThat(Jsoup.parseBodyFragment(page.getBody()).select("h1").html()).isEqualTo("Tom &amp; Jerry’s <strong>chase</strong> &lt;1&gt;");
    }

    @Test
    void codeHighlightedByRougeHasRougesStylesheetForItsTokensInTheHead() throws Exception {
        SiteRendererSink page = new SiteProject(directory, "<attributes><source-highlighter>rouge</source-highlighter></attributes>")
                .render("sql.adoc", SQL_PAGE);

        List<String> tokenClasses = Jsoup.parseBodyFragment(page.getBody()).select("pre.rouge code span[class]").eachAttr("class");
        assertThat(tokenClasses).contains("k", "mi", "s1");
        String css = onlyStylesheet(page);
        assertThat(css).startsWith("pre.rouge");
        // keywords, numbers and strings, each coloured by a rule of its own class (Rouge leaves punctuation be)
        for (String tokenClass : List.of("k", "mi", "s1")) {
            assertThat(css).as("a rule for ." + tokenClass)
                    .containsPattern("pre\\.rouge \\." + tokenClass + "(?![\\w-])[^{]*\\{[^}]*color: #");
        }
    }

    @Test
    void theRougeStyleThePageAsksForIsTheOneItsStylesheetHas() throws Exception {
        SiteProject site = new SiteProject(directory, "<attributes><source-highlighter>rouge</source-highlighter></attributes>");

        String github = onlyStylesheet(site.render("github.adoc", SQL_PAGE));
        String monokai = onlyStylesheet(site.render("monokai.adoc", ":rouge-style: monokai\n\n" + SQL_PAGE));

        assertThat(monokai).startsWith("pre.rouge").isNotEqualTo(github);
    }

    @Test
    void noHighlighterStylesheetWithoutRougesClasses() throws Exception {
        SiteProject site = new SiteProject(directory, "<attributes><source-highlighter>rouge@</source-highlighter></attributes>");

        // colours written into the spans, no listing, another highlighter, none
        assertThat(site.render("inline.adoc", ":rouge-css: style\n\n" + SQL_PAGE).getHead()).isNull();
        assertThat(site.render("text.adoc", "= Text\n\nNo code.\n").getHead()).isNull();
        assertThat(site.render("coderay.adoc", ":source-highlighter: coderay\n\n" + SQL_PAGE).getHead()).isNull();
        assertThat(site.render("plain.adoc", ":source-highlighter!:\n\n" + SQL_PAGE).getHead()).isNull();
    }

    @Test
    void aPageWithoutComparisonsHasNoAssets() throws Exception {
        SiteRendererSink page = new SiteProject(directory, null).render("plain.adoc", "= Plain\n\nJust text.\n");

        assertThat(page.getHead()).isNull();
        assertThat(Jsoup.parseBodyFragment(page.getBody()).select("h1").text()).isEqualTo("Plain");
        assertThat(page.getBody()).doesNotContain("ormcompare");
    }

    @Test
    void theConverterModulesOptionsAndAttributes() throws Exception {
        SiteProject site = new SiteProject(directory, """
                <attributes><source-highlighter>rouge</source-highlighter><team>Data</team><sectnums/><showtitle>false</showtitle></attributes>
                """);
        site.project().getProperties().setProperty("release.name", "Blue Whale");
        SiteRendererSink page = site.render("attributes.adoc", """
                = Attributes

                == Release

                {team} ships +
                {release-name}.

                [source,sql]
                ----
                SELECT 1;
                ----
                """);

        Document body = Jsoup.parseBodyFragment(page.getBody());
        assertThat(body.select("p").text()).isEqualTo("Data ships Blue Whale.");
        // no id prefix, numbered sections (an empty element sets an attribute), no title (false unsets it)
        assertThat(body.select("h2").attr("id")).isEqualTo("release");
        assertThat(body.select("h2").text()).isEqualTo("1. Release");
        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("pre.rouge span")).isNotEmpty();
        // the xhtml backend, as the converter module's: void elements closed
        assertThat(page.getBody()).contains("ships<br/>");
    }

    @Test
    void thePomsAttributesAreReadAsEveryBuildOfOursReadsThem() throws Exception {
        SiteRendererSink page = new SiteProject(directory, SameSettingsPage.attributesXml())
                .render("settings.adoc", SameSettingsPage.PAGE);

        assertThat(SameSettingsPage.shown(Jsoup.parseBodyFragment(page.getBody()))).isEqualTo(SameSettingsPage.SHOWN);
    }

    @Test
    void includesResolveFromTheAsciidocFolderAsWithTheConverterModule() throws Exception {
        SiteProject site = new SiteProject(directory, null).file("_partials/_intro.adoc", "Pick an ORM.\n");

        SiteRendererSink page = site.render("guide/deep/page.adoc", "= Deep\n\ninclude::_partials/_intro.adoc[]\n");

        assertThat(Jsoup.parseBodyFragment(page.getBody()).select("p").text()).isEqualTo("Pick an ORM.");
    }

    @Test
    void baseDirAndTemplateDirsAreReadFromTheProjectsFolder() throws Exception {
        SiteProject site = new SiteProject(directory, """
                <baseDir>src/site/shared</baseDir>
                <templateDirs><dir>src/site/templates</dir></templateDirs>
                """);
        Files.createDirectories(directory.resolve("src/site/shared"));
        Files.writeString(directory.resolve("src/site/shared/note.adoc"), "Shared text.\n");
        Files.createDirectories(directory.resolve("src/site/templates"));
        Files.writeString(directory.resolve("src/site/templates/paragraph.html.erb"),
                "<p class=\"from-template\"><%= content %></p>");

        SiteRendererSink page = site.render("index.adoc", "= Index\n\ninclude::note.adoc[]\n");

        assertThat(Jsoup.parseBodyFragment(page.getBody()).select("p.from-template").text()).isEqualTo("Shared text.");
    }

    @Test
    void anErrorFailsThePageNamingItsPathAndLine() {
        SiteProject site = new SiteProject(directory, null);

        assertThatThrownBy(() -> site.render("guide/apply.adoc", "= Apply\n\n== Two\n\normcompare::apply[orms=\"djano,prisma\"]\n"))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.getLineNumber()).isEqualTo(5);
                    assertThat(e.getFileName()).isEqualTo("src/site/asciidoc/guide/apply.adoc");
                    assertThat(e.getMessage())
                            .startsWith("1 Asciidoctor message of severity ERROR or higher (failOn): "
                                    + "src/site/asciidoc/guide/apply.adoc: line 5: unknown ORM 'djano'; did you mean 'django'?")
                            .endsWith("; fix the page, or set <failOn> in maven-site-plugin's <asciidoc> configuration (NONE only logs them)");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void anErrorOnTheLastLineOfAnIncludedFileNamesThatFileAndLine() throws Exception {
        SiteProject site = new SiteProject(directory, null).file("_partials/_broken.adoc", "Intro.\n\n\normcompare::apply[orms=djano]\n");

        assertThatThrownBy(() -> site.render("index.adoc", "= Index\n\ninclude::_partials/_broken.adoc[]\n"))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("1 Asciidoctor message of severity ERROR or higher (failOn): "
                            + "src/site/asciidoc/_partials/_broken.adoc: line 4: unknown ORM 'djano'");
                    // the line is the partial's: not given as the page's
                    assertThat(e.getLineNumber()).isZero();
                });
    }

    @Test
    void asciidoctorsOwnErrorInAnIncludedFileNamesThatFileAndLine() throws Exception {
        SiteProject site = new SiteProject(directory, null).file("_partials/_steps.adoc", "Steps.\n\ninclude::missing.adoc[]\n");

        assertThatThrownBy(() -> site.render("index.adoc", "= Index\n\ninclude::_partials/_steps.adoc[]\n"))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("1 Asciidoctor message of severity ERROR or higher (failOn): "
                            + "src/site/asciidoc/_partials/_steps.adoc: line 3: include file not found");
                    // the line is the partial's: not given as the page's
                    assertThat(e.getLineNumber()).isZero();
                });
    }

    @Test
    void failOnNoneOnlyLogsAndThePageShowsTheError() throws Exception {
        SiteRendererSink page = new SiteProject(directory, "<failOn>none</failOn>")
                .render("apply.adoc", "= Apply\n\normcompare::apply[orms=djano]\n");

        assertThat(Jsoup.parseBodyFragment(page.getBody()).select(".ormcompare-error").text()).contains("unknown ORM 'djano'");
    }

    @Test
    void eachMessageIsReportedOnceNotAlsoOnAsciidoctorsConsole() throws Exception {
        try (AsciidoctorConsole console = AsciidoctorConsole.listen()) {
            new SiteProject(directory, "<failOn>NONE</failOn>").render("apply.adoc", "= Apply\n\normcompare::apply[orms=djano]\n");

            assertThat(console.printed()).isEmpty();
        }
    }

    @Test
    void aWarningFailsOnlyWhenAskedTo() throws Exception {
        String unterminated = "= Warned\n\n----\nnever closed\n";
        new SiteProject(directory, null).render("warned.adoc", unterminated);

        assertThatThrownBy(() -> new SiteProject(directory, "<failOn>WARN</failOn>").render("warned.adoc", unterminated))
                .isInstanceOf(ParseException.class).hasMessageContaining("of severity WARN or higher (failOn)");
        // the converter module's setting still works
        assertThatThrownBy(() -> new SiteProject(directory, "<logHandler><failIf><severity>WARN</severity></failIf></logHandler>")
                .render("warned.adoc", unterminated))
                .isInstanceOf(ParseException.class).hasMessageContaining("matching logHandler/failIf")
                .hasMessageContaining("unterminated listing block");
    }

    @Test
    void aMistypedFailOnNamesTheSettingAndTheValues() {
        assertThatThrownBy(() -> new SiteProject(directory, "<failOn>EROR</failOn>").render("a.adoc", "= A\n"))
                .isInstanceOf(ParseException.class)
                .hasMessage("maven-site-plugin's <asciidoc><failOn>EROR</failOn>: 'EROR' is not a severity; "
                        + "use one of DEBUG, INFO, WARN, ERROR, FATAL or NONE");
    }

    @Test
    void aMissingLibraryInRequiresFailsEveryPageThatNeedsIt() {
        SiteProject site = new SiteProject(directory, "<requires><require>ormcompare-no-such-library</require></requires>");

        for (String page : List.of("a.adoc", "b.adoc")) {
            assertThatThrownBy(() -> site.render(page, "= A\n"))
                    .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.getFileName()).isEqualTo("src/site/asciidoc/" + page))
                    .hasMessageStartingWith("src/site/asciidoc/" + page + ": Asciidoctor could not convert the page: ")
                    .hasMessageContaining("ormcompare-no-such-library")
                    .hasMessageEndingWith("(check <requires> and <templateDirs> in the site plugin's <asciidoc> configuration)");
        }
    }

    /** The CSS of the one stylesheet in the page's head. */
    private static String onlyStylesheet(SiteRendererSink page) {
        List<Element> stylesheets = Jsoup.parse("<head>" + page.getHead() + "</head>").select("link[rel=stylesheet]");
        assertThat(stylesheets).hasSize(1);
        return decoded(stylesheets.get(0).attr("href"), "data:text/css;");
    }

    private static String decoded(String address, String prefix) {
        assertThat(address).startsWith(prefix + "charset=utf-8;base64,");
        return new String(Base64.getDecoder().decode(address.substring(address.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }
}
