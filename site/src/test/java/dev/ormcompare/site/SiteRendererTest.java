package dev.ormcompare.site;

import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.asciidoctor.SameSettingsPage;
import dev.ormcompare.asciidoctor.settings.FailOn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders real docs trees with a real Asciidoctor and checks what is rendered again and what is not.
 * The converters stay open across tests, as in a preview: a render that converts nothing opens none.
 */
class SiteRendererTest {

    @TempDir
    Path project;
    private Path source;
    private Path output;
    private final List<String> messages = new ArrayList<>();
    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @BeforeEach
    void writeDocs() throws IOException {
        converters.resetCount();
        source = project.resolve("src/docs/asciidoc");
        output = project.resolve("target/site");
        write("src/docs/asciidoc/index.adoc", "= Index\n\ninclude::_parts/_apply.adoc[]\n");
        write("src/docs/asciidoc/_parts/_apply.adoc", "ormcompare::apply[orms=django,prisma]\n");
        write("src/docs/asciidoc/guide/status.adoc", "= Status\n\normcompare::status[orms=peewee]\n");
        write("src/docs/asciidoc/guide/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    private Path write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        // Later writes in a test must look newer, whatever the file system's time resolution.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 1000L * messages.size()));
        return file;
    }

    private SiteLook look = DocsProject.TEST_SITE;

    private SiteRenderer.Outcome render(Map<String, String> attributes) throws IOException {
        return render(attributes, output, 0);
    }

    private SiteRenderer.Outcome render(Map<String, String> attributes, Path outputDirectory, int threads)
            throws IOException {
        RenderSettings settings = new RenderSettings(project, source, outputDirectory,
                project.resolve("src/docs/ormcompare"), project.resolve("target/ormcompare/render-state.txt"),
                PageSelection.DEFAULT, attributes, "ormcompare:test", FailOn.ERROR, threads, look);
        return new SiteRenderer(settings, new MessageList(messages), converters, new SiteFiles()).render();
    }

    private SiteRenderer.Outcome render() throws IOException {
        return render(Map.of());
    }

    @Test
    void rendersEveryPageKeepingFoldersAndCopiesOtherFiles() throws IOException {
        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isEqualTo(2);
        assertThat(outcome.failures()).isEmpty();
        assertThat(Jsoup.parse(output.resolve("index.html")).select("[role=tab]").eachText())
                .containsExactly("Django ORM", "Prisma");
        assertThat(Jsoup.parse(output.resolve("guide/status.html")).select("[role=tab]").eachText())
                .containsExactly("Peewee");
        assertThat(output.resolve("guide/diagram.svg")).exists();
        assertThat(output.resolve("_parts")).doesNotExist();
        assertThat(messages).isEmpty();
    }

    @Test
    void thePomsAttributesAreReadAsEveryBuildOfOursReadsThem() throws IOException {
        write("src/docs/asciidoc/settings.adoc", SameSettingsPage.PAGE);

        render(SameSettingsPage.attributes());

        assertThat(SameSettingsPage.shown(Jsoup.parse(output.resolve("settings.html")))).isEqualTo(SameSettingsPage.SHOWN);
    }

    @Test
    void secondRunWithNothingChangedRendersNothingAndStartsNoAsciidoctor() throws IOException {
        render();
        byte[] before = Files.readAllBytes(output.resolve("index.html"));

        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isZero();
        assertThat(outcome.upToDate()).isEqualTo(2);
        assertThat(converters.opened()).isEqualTo(1);
        assertThat(Files.readAllBytes(output.resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void changedPageIsRenderedAloneAgain() throws IOException {
        render();
        write("src/docs/asciidoc/guide/status.adoc", "= Status\n\normcompare::status[orms=prisma]\n");

        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isEqualTo(1);
        assertThat(outcome.upToDate()).isEqualTo(1);
        assertThat(Jsoup.parse(output.resolve("guide/status.html")).select("[role=tab]").eachText())
                .containsExactly("Prisma");
    }

    @Test
    void changedPartialRendersThePagesThatIncludeIt() throws IOException {
        render();
        write("src/docs/asciidoc/_parts/_apply.adoc", "ormcompare::apply[orms=sql]\n");

        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isEqualTo(1);
        assertThat(outcome.upToDate()).isEqualTo(1);
        assertThat(Jsoup.parse(output.resolve("index.html")).select("[role=tab]").eachText()).containsExactly("SQL");
    }

    @Test
    void changedCatalogRendersEveryPageAgain() throws IOException {
        write("src/docs/ormcompare/team.adoc", "[snippet,topic=status,orm=peewee]\n----\nfirst\n----\n");
        render();
        write("src/docs/ormcompare/team.adoc", "[snippet,topic=status,orm=peewee]\n----\nsecond\n----\n");

        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isEqualTo(2);
        assertThat(Jsoup.parse(output.resolve("guide/status.html")).selectFirst("pre").text()).isEqualTo("second");
    }

    @Test
    void changedAttributesRenderEveryPageAgain() throws IOException {
        render();

        SiteRenderer.Outcome outcome = render(Map.of("ormcompare-orms", "sql"));

        assertThat(outcome.rendered()).isEqualTo(2);
    }

    @Test
    void deletedOutputIsWrittenAgainWithoutConvertingThePage() throws IOException {
        render();
        String before = Files.readString(output.resolve("index.html"));
        Files.delete(output.resolve("index.html"));

        SiteRenderer.Outcome outcome = render();

        assertThat(outcome.rendered()).isZero();
        assertThat(output.resolve("index.html")).hasContent(before);
    }

    @Test
    void deletedPageLosesItsHtmlAndNothingElse() throws IOException {
        render();
        Files.writeString(output.resolve("from-another-tool.html"), "<p>kept</p>");
        Files.delete(source.resolve("guide/status.adoc"));

        render();

        assertThat(output.resolve("guide/status.html")).doesNotExist();
        assertThat(output.resolve("from-another-tool.html")).exists();
    }

    @Test
    void pageWithAnErrorIsWrittenAndReportedAgainByEveryBuildThatLeavesItUpToDate() throws IOException {
        write("src/docs/asciidoc/guide/status.adoc", "= Status\n\normcompare::status[orms=peewe]\n");

        SiteRenderer.Outcome first = render();
        SiteRenderer.Outcome second = render();

        assertThat(first.failures()).extracting(problem -> problem.describe(project))
                .containsExactly("src/docs/asciidoc/guide/status.adoc:3: unknown ORM 'peewe'; did you mean 'peewee'? "
                        + "Known ORMs: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, drizzle, kysely, "
                        + "typeorm, mikroorm, sequelize, hibernate, spring-data-jpa, flyway, liquibase, jooq, mybatis, "
                        + "jdbi.");
        assertThat(messages).first().asString().startsWith("ERROR src/docs/asciidoc/guide/status.adoc:3: unknown ORM");
        assertThat(Jsoup.parse(output.resolve("guide/status.html")).select(".ormcompare-error")).hasSize(1);
        assertThat(second.rendered()).isZero();
        assertThat(second.failures()).isEqualTo(first.failures());
        assertThat(messages).filteredOn(message -> message.startsWith("ERROR")).hasSize(2);
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        render();

        try (var files = Files.walk(project)) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void sameSourcesGiveByteIdenticalPages() throws IOException {
        render();
        byte[] first = Files.readAllBytes(output.resolve("index.html"));
        Files.delete(project.resolve("target/ormcompare/render-state.txt"));

        render();

        assertThat(Files.readAllBytes(output.resolve("index.html"))).isEqualTo(first);
    }

    @Test
    void oneThreadAndFourThreadsGiveTheSameBytes() throws IOException {
        for (int page = 0; page < 12; page++) {
            write("src/docs/asciidoc/many/page" + page + ".adoc", "= Page " + page + "\n\normcompare::apply[]\n\n"
                    + "ormcompare::apply[orms=prisma]\n\normcompare::rollback[]\n");
        }

        render(Map.of(), project.resolve("target/serial"), 1);
        render(Map.of(), project.resolve("target/parallel"), 4);

        assertThat(contents(project.resolve("target/parallel"))).isEqualTo(contents(project.resolve("target/serial")));
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheBytes() throws IOException {
        render(Map.of(), project.resolve("target/here"), 0);
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            render(Map.of(), project.resolve("target/there"), 0);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }

        assertThat(contents(project.resolve("target/there"))).isEqualTo(contents(project.resolve("target/here")));
    }

    @Test
    void aFailedRenderLeavesNoHalfPageAndNeverWritesUnderSrc() throws IOException {
        Map<String, String> before = contents(project.resolve("src"));
        // A directory where a page's HTML should go makes writing that page fail.
        Files.createDirectories(output.resolve("guide/status.html"));

        assertThatThrownBy(this::render).isInstanceOf(IOException.class);

        assertThat(contents(project.resolve("src"))).isEqualTo(before);
        try (var files = Files.walk(project)) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".tmp"))).isEmpty();
        }
        assertThat(Jsoup.parse(output.resolve("index.html")).select("[role=tab]")).hasSize(2);
    }

    /** Every file below {@code root}, by relative path, with its content. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new java.util.TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
