package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ormmatrix::[] renders the topics x ORMs table of the effective catalog. */
class MatrixTest extends RealAsciidoctorTest {

    @Test
    void marksSnippetsAndShowsTheShortNoteWhereThereIsNoBuiltInWay() {
        Document html = conversion.html("ormmatrix::[orms=\"django,prisma,sql\",group=Migrations]\n");

        Element table = html.selectFirst(".ormcompare-matrix table");
        assertThat(table.select("thead th").eachText()).containsExactly("Topic", "Django ORM", "Prisma", "SQL");
        assertThat(table.select("tbody th[scope=row]").eachText())
                .containsExactly("Generate Migration", "Apply Migration", "Rollback Migration", "Migration Status");
        assertThat(table.select("tbody th[scope=colgroup]")).as("one group: no group rows").isEmpty();
        assertThat(table.select("tbody tr").stream().map(row -> row.select("td").get(1).text()))
                .containsExactly("\u2713", "\u2713", "No built-in rollback", "\u2713");
        assertThat(table.select("tbody tr").stream().map(row -> row.select("td").get(2).text()))
                .containsExactly("No migration tool", "No migration runner", "No built-in rollback", "No built-in tracking");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void cellsLinkToTheTabOfABlockOnThePageEvenWhenTheBlockComesLater() {
        Document html = conversion.html("ormmatrix::[orms=\"django,prisma\",topics=\"apply,rollback\"]\n\n"
                + "ormcompare::apply[orms=\"prisma,sql\"]\n");

        Element table = html.selectFirst(".ormcompare-matrix table");
        assertThat(table.select("a.ormcompare-cell").eachAttr("href")).containsExactly("#ormcompare-apply-prisma");
        assertThat(html.getElementById("ormcompare-apply-prisma")).isNotNull();
        assertThat(table.select("tbody tr").get(0).select("td").get(0).select("a")).as("django: no block shows it").isEmpty();
    }

    @Test
    void groupChoosesTheTopicsOfThatGroup() {
        Document html = conversion.html("ormmatrix::[group=migrations,orms=sql]\n");

        assertThat(html.select(".ormcompare-matrix tbody th[scope=row]").eachText()).hasSize(4);
    }

    @Test
    void titleBecomesTheTableCaption() {
        Document html = conversion.html("ormmatrix::[orms=sql,topics=apply,title=\"Coverage <all>\"]\n");

        assertThat(html.selectFirst(".ormcompare-matrix caption").text()).isEqualTo("Coverage <all>");
    }

    @Test
    void docbookGetsAPlainTable() {
        String xml = conversion.convert("guide.adoc", ".Coverage\normmatrix::[orms=\"django,prisma\",group=Migrations]\n", "docbook5", false,
                Map.of());
        org.jsoup.nodes.Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());

        assertThat(docbook.selectFirst("table > title").text()).isEqualTo("Coverage");
        assertThat(docbook.select("thead entry").eachText()).containsExactly("Topic", "Django ORM", "Prisma");
        assertThat(docbook.select("tbody row").get(2).select("entry").eachText())
                .containsExactly("Rollback Migration", "\u2713", "No built-in rollback");
        assertThat(xml).doesNotContain("<a ", "href");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void unknownNamesAreLocatedErrors() {
        conversion.convert("guide.adoc", "Text.\n\normmatrix::[orms=djano]\n\normmatrix::[group=Migraciones]\n\n"
                + "ormmatrix::[topic=apply]\n", "html5", false, Map.of());

        assertThat(conversion.records()).extracting(r -> r.getCursor().getLineNumber() + " " + r.getMessage())
                .containsExactly(
                        "3 unknown ORM 'djano'; did you mean 'django'? Known ORMs: sql, django, sqlalchemy, sqlmodel, "
                                + "tortoise, peewee, prisma, drizzle, kysely, typeorm, mikroorm, sequelize, hibernate, "
                                + "spring-data-jpa, flyway, liquibase, jooq, mybatis, jdbi.",
                        "5 unknown topic group 'Migraciones'; did you mean 'Migrations'? Known groups: Setup, Relations, "
                                + "CRUD, Querying, Joins, Aggregation, Transactions, Migrations, Raw Queries, Advanced.",
                        "7 unknown attribute 'topic'; did you mean 'topics'? Known ormmatrix attributes: "
                                + "topics, orms, group, title, id, role.");
    }

    @Test
    void aMatrixOfMoreTopicsThanAReaderCanScanShowsTheFirstWithAWarningAtTheMacroThatSaysHowToChoose() {
        StringBuilder catalog = new StringBuilder("[orm,id=one,name=\"ORM one\",language=console]\n");
        int topics = OrmMatrixBlockMacro.MAX_TOPICS + 500;
        for (int topic = 0; topic < topics; topic++) {
            catalog.append("[topic,id=t").append(topic).append(",title=\"T").append(topic).append("\",group=Big]\n")
                    .append("[snippet,topic=t").append(topic).append(",orm=one]\n----\n$ run\n----\n");
        }
        conversion.write("big/catalog.adoc", catalog.toString());

        Document html = Jsoup.parse(conversion.convert("guide.adoc", ":ormcompare-catalog: big\n\nText.\n\n"
                + "ormmatrix::[orms=one]\n", "html5", false, Map.of()));

        assertThat(html.select(".ormcompare-matrix tbody th[scope=row]")).hasSize(OrmMatrixBlockMacro.MAX_TOPICS);
        assertThat(conversion.records()).extracting(r -> r.getSeverity() + " " + r.getCursor().getLineNumber() + " "
                + r.getMessage()).singleElement().asString()
                .isEqualTo("WARN 5 ormmatrix of 2,500 topics shows only the first 2,000: choose the topics to compare "
                        + "with group= (such as group=\"Big\") or a list, topics=\"t0,t1\"");
    }
}
