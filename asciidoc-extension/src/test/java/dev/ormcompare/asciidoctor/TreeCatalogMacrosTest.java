package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.TreeFixture;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages whose catalog is a folder tree (our fixture, in ORM Party's layout) beside a catalog file that
 * declares a missing cell and gives a snippet the SQL it sent: what the reader sees in HTML and DocBook.
 */
class TreeCatalogMacrosTest extends RealAsciidoctorTest {

    private static final String HEADER = ":ormcompare-catalog: catalog\n\n";

    @BeforeAll
    static void writeCatalog() throws IOException {
        Files.delete(TreeFixture.copyTo(directory.resolve("tree")).resolve("notes.txt")); // no warning on every page
        conversion.write("catalog/team.adoc", """
                [tree,path=../tree]
                [missing,topic=connect,orm=sqlalchemy,reason="SQLAlchemy connects through an engine: see Setup"]
                [snippet,topic=bulk-copy,orm=sql,sql=copy.sql]
                ----
                COPY books FROM 'books.csv';
                ----
                """);
        conversion.write("catalog/copy.sql", "COPY books FROM ?;\nSELECT count(*) FROM books;\n");
    }

    private static Document html(String adoc) {
        return Jsoup.parse(conversion.convert("guide.adoc", HEADER + adoc, "html5", false, Map.of()));
    }

    @Test
    void aCellWithSeveralFilesShowsEveryFileTitledAndHighlightedInItsTab() {
        Document html = html("ormcompare::connect[orms=\"prisma,django\"]\n");

        Element prisma = html.getElementById("ormcompare-connect-prisma");
        assertThat(prisma.select(".listingblock.ormcompare-file > .title").eachText())
                .containsExactly("Prisma: schema.prisma", "Prisma: app.ts");
        assertThat(prisma.select("pre code").eachAttr("data-lang")).containsExactly("prisma", "typescript");
        assertThat(prisma.select("pre code").get(1).wholeText()).isEqualTo("import { PrismaClient } from \"@prisma/client\";\n\n"
                + "const prisma = new PrismaClient();");
        Element django = html.getElementById("ormcompare-connect-django");
        assertThat(django.select(".listingblock")).singleElement()
                .satisfies(listing -> assertThat(listing.hasClass("ormcompare-file")).isFalse());
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void docbookGetsOneListingPerFileTitledWithOrmAndFile() {
        String xml = conversion.convert("guide.adoc", HEADER + "ormcompare::connect[orms=prisma]\n", "docbook5", false,
                Map.of());

        org.jsoup.nodes.Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(docbook.select("formalpara > title, example > title, programlisting").stream()
                .filter(e -> e.tagName().equals("title")).map(Element::text))
                .containsExactly("Prisma: schema.prisma", "Prisma: app.ts");
    }

    @Test
    void bothRollbacksWorkAndTheShortIdIsTheMigrationOne() {
        Document html = html("ormcompare::rollback[orms=django]\n\normcompare::transactions/rollback[orms=django]\n\n"
                + "ormcompare::[topic=migrations/rollback,orms=django]\n");

        List<Element> code = html.select(".ormcompare pre code");
        assertThat(code.get(0).wholeText()).isEqualTo("$ python manage.py migrate shop 0003");
        assertThat(code.get(1).wholeText()).startsWith("with transaction.atomic():");
        assertThat(code.get(2).wholeText()).isEqualTo(code.get(0).wholeText());
        assertThat(html.select(".ormcompare [role=tablist]").eachAttr("aria-label"))
                .containsExactly("Rollback Migration", "Roll Back a Transaction", "Rollback Migration");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void aDeclaredMissingCellIsANoteWithItsReasonNotAnError() {
        Document html = html("ormcompare::connect[orms=\"django,sqlalchemy\"]\n");

        Element panel = html.getElementById("ormcompare-connect-sqlalchemy");
        assertThat(panel.select("pre")).isEmpty();
        assertThat(panel.selectFirst(".admonitionblock.note.ormcompare-missing td.content").text())
                .isEqualTo("SQLAlchemy connects through an engine: see Setup");
        assertThat(html.selectFirst("#ormcompare-connect-sqlalchemy-tab").text()).isEqualTo("SQLAlchemy");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void anOrmWithNothingForTheTopicIsAnErrorUnlessThePageAsksToShowGaps() {
        html("Text.\n\normcompare::bulk-copy[orms=\"django,prisma,sqlalchemy\"]\n");
        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(record.getCursor().getLineNumber()).isEqualTo(5);
            assertThat(record.getMessage()).startsWith("ORMs 'Prisma', 'SQLAlchemy' have no snippet for topic 'bulk-copy'.");
        });

        Document shown = html("ormcompare::bulk-copy[orms=\"django,prisma\",missing=show]\n");
        assertThat(shown.selectFirst("#ormcompare-bulk-copy-prisma .ormcompare-missing.ormcompare-unfilled").text())
                .contains("No snippet for Prisma yet.");
        assertThat(conversion.records()).isEmpty();

        Document byDocument = Jsoup.parse(conversion.convert("guide.adoc", HEADER + ":ormcompare-missing: show\n\n"
                + "ormcompare::bulk-copy[orms=\"django,prisma\"]\n", "html5", false, Map.of()));
        assertThat(byDocument.select(".ormcompare-unfilled")).hasSize(1);
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void theSqlASnippetSentIsInAClosedDisclosureUnderItsCode() {
        Document html = html("ormcompare::bulk-copy[orms=\"sql,django\"]\n");

        Element sql = html.selectFirst("#ormcompare-bulk-copy-sql details.ormcompare-sql");
        assertThat(sql.hasAttr("open")).isFalse();
        assertThat(sql.selectFirst("summary").text()).isEqualTo("SQL sent: 2 statements");
        assertThat(sql.selectFirst("pre code").attr("data-lang")).isEqualTo("sql");
        assertThat(sql.selectFirst("pre code").wholeText()).isEqualTo("COPY books FROM ?;\nSELECT count(*) FROM books;");
        assertThat(html.select("#ormcompare-bulk-copy-django details")).as("a snippet without SQL").isEmpty();

        assertThat(html("ormcompare::bulk-copy[orms=sql,sql=open]\n").selectFirst("details.ormcompare-sql").hasAttr("open"))
                .isTrue();
        assertThat(html("ormcompare::bulk-copy[orms=sql,sql=hidden]\n").select("details")).isEmpty();
        String xml = conversion.convert("guide.adoc", HEADER + "ormcompare::bulk-copy[orms=sql]\n", "docbook5", false,
                Map.of());
        assertThat(xml).contains("SQL sent").contains("SELECT count(*) FROM books;");
    }

    @Test
    void aWrongSqlChoiceIsALocatedErrorNamingTheChoices() {
        html("Text.\n\normcompare::bulk-copy[orms=sql,sql=shown]\n");

        assertThat(conversion.records()).extracting(r -> r.getCursor().getLineNumber() + " " + r.getMessage())
                .containsExactly("5 sql='shown' is not a choice; use open, closed (the default) or hidden");
    }

    @Test
    void theMatrixGroupsTheTreesTopicsByCategoryAndShowsDeclaredGaps() {
        Document html = html("ormmatrix::[orms=\"django,prisma,sqlalchemy\"]\n");

        Element table = html.selectFirst(".ormcompare-matrix table");
        assertThat(table.select("th[scope=colgroup]").eachText())
                .containsExactly("Setup", "CRUD", "Transactions", "Migrations", "Extras");
        Element connect = table.select("tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Connect to a Database")).findFirst().orElseThrow();
        assertThat(connect.select("td").eachText()).containsExactly("\u2713", "\u2713", "\u2717 SQLAlchemy connects "
                + "through an engine");
        assertThat(connect.select("td").get(2).select(".ormcompare-gap")).hasSize(1);
    }

    @Test
    void filesTheTreeSkipsAreOneWarningPerPage() throws IOException {
        Path stray = directory.resolve("tree/3-crud/stray.py");
        Files.writeString(stray, "x\n");
        try {
            html("ormcompare::insert-one[]\n\normcompare::connect[]\n");

            List<LogRecord> warnings = conversion.records().stream().filter(r -> r.getSeverity() == Severity.WARN).toList();
            assertThat(warnings).singleElement().satisfies(warning -> {
                assertThat(warning.getCursor().getFile()).isEqualTo(directory.resolve("tree").toString());
                assertThat(warning.getMessage()).isEqualTo("1 file does not fit the catalog tree's layout "
                        + "<category>/<topic>/<orm>/<files> and was skipped: 3-crud/stray.py; move it into an ORM "
                        + "folder, or out of the tree");
            });
        } finally {
            Files.delete(stray);
        }
    }

    @Test
    void aPageReadsTheFilesOfTheTopicsItShowsAndTheFoldersThatListTopics() {
        List<Path> read = new ArrayList<>();
        CatalogReads.listen(new CatalogReads.Listener() {
            @Override
            public void read(Path path) {
                read.add(path);
            }

            @Override
            public void unknown() {
                throw new AssertionError("the catalog was read whole");
            }
        });
        try {
            html("ormcompare::insert-one[orms=django]\n");
        } finally {
            CatalogReads.stopListening();
        }
        Path tree = directory.resolve("tree").toAbsolutePath().normalize();
        assertThat(read).contains(tree.resolve("3-crud/1-insert-one/django/views.py"), tree.resolve("3-crud"),
                        tree.resolve("3-crud/1-insert-one"))
                .doesNotContain(tree.resolve("1-setup/1-connect/django/settings.py"),
                        tree.resolve("1-setup/1-connect/django"));
    }
}
