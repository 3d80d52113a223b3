package dev.ormcompare.site;

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
 * The team's own look, shared docinfo, edit links and the files a published site needs, as a real render of a
 * tree with a page in a folder writes them.
 */
class SiteFilesRenderTest {

    private static final SiteBranding BRANDING = new SiteBranding("images/favicon.svg", "#8a2be2", "#d0a8ff",
            "https://github.com/acme/orm-docs", "https://chat.example.org/acme",
            List.of(new SiteLink("Blog", "https://blog.example.org")),
            List.of(new SiteLink("Privacy", "legal/privacy.html"), new SiteLink("Mastodon", "https://social.example/@acme")),
            List.of("css/extra.css"), List.of("js/extra.js"));
    private static final SitePublishing PUBLISHING = new SitePublishing("https://acme.example.org/docs",
            EditLinkPattern.of("https://github.com/acme/orm-docs", "main").orElseThrow(), "docs/src/docs/asciidoc");

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;

    @BeforeEach
    void writeDocs() throws IOException {
        project = new DocsProject(directory, converters);
        project.look = new SiteLook(SiteLook.ORMCOMPARE, "Acme ORM docs", "1.0", "", "© 2024 Acme", "")
                .with(BRANDING).with(PUBLISHING);
        project.write("src/docs/asciidoc/index.adoc", "= Home\n:description: How Acme's team uses ORMs.\n\nWelcome.\n");
        project.write("src/docs/asciidoc/guide/rollback.adoc", """
                = Rolling back
                :description: Undo the last migration & more.
                :team: Storage

                == Undo

                Run `alembic` from the project.

                ormcompare::[topic=rollback,orms="sqlalchemy,prisma"]
                """);
        project.write("src/docs/asciidoc/images/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }

    private Document page(String sitePath) throws IOException {
        return Jsoup.parse(project.read("target/site/" + sitePath));
    }

    @Test
    void everyPageHasTheTeamsLookLinkedFromItsOwnFolder() throws IOException {
        project.render();

        for (String sitePath : List.of("index.html", "guide/rollback.html")) {
            String root = sitePath.contains("/") ? "../" : "./";
            Document page = page(sitePath);
            assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo(root + "images/favicon.svg");
            assertThat(page.select("head style").html()).contains("--oc-accent:light-dark(#8a2be2,#d0a8ff)");
            assertThat(page.select("link[rel=stylesheet]").last().attr("href")).isEqualTo(root + "css/extra.css");
            assertThat(page.select("script[src$=extra.js]").attr("src")).isEqualTo(root + "js/extra.js");
            Element links = page.selectFirst("header nav.oc-header-links");
            assertThat(links.select("a").eachAttr("aria-label")).containsExactly("Chat", "GitHub");
            assertThat(links.select("a[href=https://github.com/acme/orm-docs]")).hasSize(1);
            assertThat(links.select("a.oc-header-text-link").text()).isEqualTo("Blog");
            Element footer = page.selectFirst("footer.oc-footer");
            assertThat(footer.selectFirst("p").text()).isEqualTo("© 2024 Acme");
            assertThat(footer.select(".oc-footer-links a").eachAttr("href"))
                    .containsExactly(root + "legal/privacy.html", "https://social.example/@acme", "https://blog.example.org",
                            "https://chat.example.org/acme", "https://github.com/acme/orm-docs");
            assertThat(footer.select(".oc-footer-links li[class^=oc-from-header] a").eachText())
                    .as("the header's links, shown in the footer on narrow screens").containsExactly("Blog", "Chat", "GitHub");
        }
    }

    @Test
    void sharedDocinfoReachesPagesInFoldersInsideTheTheme() throws IOException {
        project.write("src/docs/asciidoc/docinfo.html", "<meta name=\"team\" content=\"{team}\">\n");
        project.write("src/docs/asciidoc/docinfo-header.html", "<p class=\"banner\">Docs for 1.x</p>\n");
        project.write("src/docs/asciidoc/docinfo-footer.html", "<p class=\"legal\">Acme &amp; friends</p>\n");
        project.write("src/docs/asciidoc/shared.adoc", "= Shared\n:docinfo: shared\n\nAsks for it itself.\n");

        project.render();

        Document inFolder = page("guide/rollback.html");
        assertThat(inFolder.select("head meta[name=team]").attr("content")).isEqualTo("Storage"); // the page's attribute
        Element notice = inFolder.selectFirst("body > .oc-docinfo-header[role=region][aria-label]");
        assertThat(notice.previousElementSibling().tagName()).isEqualTo("header");
        assertThat(notice.select("p.banner").text()).isEqualTo("Docs for 1.x");
        assertThat(inFolder.select("footer.oc-footer .oc-docinfo-footer p.legal").text()).isEqualTo("Acme & friends");
        assertThat(inFolder.select("body > footer ~ *")).isEmpty();
        Document asking = page("shared.html");
        assertThat(asking.select("p.legal")).hasSize(1);
        assertThat(asking.select("p.banner")).hasSize(1);
        assertThat(asking.select("meta[name=team]")).hasSize(1);

        project.write("src/docs/asciidoc/docinfo-footer.html", "<p class=\"legal\">Acme Inc.</p>\n");
        SiteRenderer.Outcome outcome = project.render();

        assertThat(outcome.rendered()).isEqualTo(3);
        assertThat(page("guide/rollback.html").select("p.legal").text()).isEqualTo("Acme Inc.");
        assertThat(project.path("target/site/docinfo-footer.html")).doesNotExist();
    }

    @Test
    void editLinksLeadToEachPagesSourceFromTheRepositorysRoot() throws IOException {
        project.render();

        assertThat(page("guide/rollback.html").select("main .oc-edit-page a").attr("href"))
                .isEqualTo("https://github.com/acme/orm-docs/edit/main/docs/src/docs/asciidoc/guide/rollback.adoc");
        assertThat(page("index.html").select("main .oc-edit-page a").attr("href"))
                .isEqualTo("https://github.com/acme/orm-docs/edit/main/docs/src/docs/asciidoc/index.adoc");

        project.look = project.look.with(new SitePublishing("", "", ""));
        project.render();

        assertThat(page("guide/rollback.html").select(".oc-edit-page")).isEmpty();
    }

    @Test
    void aKnownAddressGivesASitemapCanonicalLinksOpenGraphAndRobots() throws IOException {
        project.render();

        Document sitemap = Jsoup.parse(project.read("target/site/sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).as("in reading order").containsExactly("https://acme.example.org/docs/",
                "https://acme.example.org/docs/guide/rollback.html");
        assertThat(sitemap.select("lastmod")).as("no git history: no date rather than a wrong one").isEmpty();
        Document page = page("guide/rollback.html");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://acme.example.org/docs/guide/rollback.html");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Rolling back");
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo("Undo the last migration & more.");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Undo the last migration & more.");
        assertThat(project.read("target/site/robots.txt")).contains("Sitemap: https://acme.example.org/docs/sitemap.xml");

        project.look = project.look.with(new SitePublishing("", PUBLISHING.editPattern(), PUBLISHING.docsPath()));
        project.render();

        assertThat(project.path("target/site/sitemap.xml")).doesNotExist();
        assertThat(project.path("target/site/robots.txt")).doesNotExist();
        assertThat(page("guide/rollback.html").select("link[rel=canonical], meta[property^=og:]")).isEmpty();
        assertThat(project.files("target/site")).isEqualTo(cleanSite());
    }

    /** What a build from nothing writes, to compare an incremental build's output with. */
    private java.util.Map<String, String> cleanSite() throws IOException {
        project.cleanRender("target/clean-site");
        return project.files("target/clean-site");
    }

    @Test
    void theNotFoundPageLinksFromTheServersRootSoItWorksAtAnyDepth() throws IOException {
        project.render();

        Document notFound = page("404.html");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.title()).isEqualTo("Page not found · Acme ORM docs");
        assertThat(notFound.select("link[rel=stylesheet]").eachAttr("href")).allMatch(href -> href.startsWith("/docs/"));
        assertThat(notFound.select("script[src]").eachAttr("src")).allMatch(href -> href.startsWith("/docs/"));
        assertThat(notFound.select(".oc-search").attr("data-root")).isEqualTo("/docs/");
        assertThat(notFound.select("#oc-nav a").eachAttr("href"))
                .containsExactly("/docs/index.html", "/docs/guide/rollback.html");
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(notFound.select("link[rel=canonical], .oc-edit-page")).isEmpty();
    }

    @Test
    void llmsTxtListsThePagesBySectionAndTheFullTextHasEverySnippet() throws IOException {
        project.render();

        assertThat(project.read("target/site/llms.txt")).isEqualTo("""
                # Acme ORM docs

                > How Acme's team uses ORMs.

                ## Docs

                - [Home](https://acme.example.org/docs/): How Acme's team uses ORMs.

                ## Guide

                - [Rolling back](https://acme.example.org/docs/guide/rollback.html): Undo the last migration & more.

                """);
        String full = project.read("target/site/llms-full.txt");
        assertThat(full).contains("# Rolling back\n\nSource: https://acme.example.org/docs/guide/rollback.html\n")
                .contains("## Undo").contains("Run `alembic` from the project.").contains("**SQLAlchemy**\n\n```").contains("alembic downgrade")
                .contains("**Prisma**\n\nNo built-in rollback.\n\n```console\n# Prisma has no built-in rollback command.")
                .doesNotContain("Side by side");
        // The page's table of contents ("On this page") is not written out: its headings follow anyway.
        assertThat(full).doesNotContain("Table of Contents").doesNotContain("On this page")
                .doesNotContainPattern("(?m)^\\s*[-*] \\[?Undo");
    }

    @Test
    void anEditRewritesTheFullTextFromEachPagesKeptTextAndAMissingOneIsReadFromItsConversion() throws IOException {
        project.render();
        Path kept = directory.resolve("target/ormcompare/converted/guide/rollback.adoc.text.txt");
        assertThat(kept).isRegularFile();
        Files.delete(kept); // as a build directory restored from an older cache might lack it

        project.write("src/docs/asciidoc/index.adoc", "= Home\n:description: How Acme's team uses ORMs.\n\nWelcome back.\n");
        assertThat(project.render().rendered()).isEqualTo(1);

        assertThat(project.read("target/site/llms-full.txt")).contains("Welcome back.").contains("## Undo")
                .contains("alembic downgrade");
        assertThat(kept).isRegularFile();
    }

    @Test
    void theDocsOwnRobotsFileWinsOverTheGeneratedOne() throws IOException {
        project.write("src/docs/asciidoc/robots.txt", "User-agent: *\nDisallow: /drafts/\n");

        project.render();

        assertThat(project.read("target/site/robots.txt")).isEqualTo("User-agent: *\nDisallow: /drafts/\n");
    }

    @Test
    void everyPageAndTheNotFoundPageWithEverythingOnHaveNoHtmlErrors() throws Exception {
        project.write("src/docs/asciidoc/docinfo.html", "<meta name=\"team\" content=\"{team}\">\n");
        project.write("src/docs/asciidoc/docinfo-header.html", "<p>Docs for 1.x</p>\n");
        project.write("src/docs/asciidoc/docinfo-footer.html", "<p>Acme &amp; friends</p>\n");

        project.render();

        assertThat(SiteFixtureHtmlValidTest.errorsIn(project.path("target/site"),
                List.of("index.html", "guide/rollback.html", "404.html"))).as("vnu errors").isEmpty();
    }

    @Test
    void llmsTxtWritesTitlesAndFileNamesAsTextThatCannotBreakItsLinks() throws IOException {
        project.write("src/docs/asciidoc/guide/odd (1)].adoc", "= Use [brackets] & *stars*\n\nText.\n");

        project.render();

        assertThat(project.read("target/site/llms.txt"))
                .contains("- [Use \\[brackets\\] & stars](https://acme.example.org/docs/guide/odd%20%281%29%5D.html)\n");
    }
}
