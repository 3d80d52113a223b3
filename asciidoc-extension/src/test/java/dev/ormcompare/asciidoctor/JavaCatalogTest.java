package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in Java catalog as a reader meets it: every Java ORM's code is the tagged region of the source
 * module catalog-java runs, shown with the SQL it sent in that run; what a library cannot do says why.
 */
class JavaCatalogTest extends RealAsciidoctorTest {

    private static final List<String> JAVA_ORMS = List.of("hibernate", "spring-data-jpa", "jooq", "mybatis", "jdbi");

    /** The lines between a source's tag and end markers, as AsciiDoc's include would give them (not outdented). */
    private static List<String> region(String resource, String tag) throws IOException {
        try (InputStream in = JavaCatalogTest.class.getResourceAsStream("/dev/ormcompare/catalog/java/" + resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int start = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("tag::" + tag + "[]")) {
                    start = i + 1;
                } else if (lines.get(i).contains("end::" + tag + "[]")) {
                    return lines.subList(start, i).stream().map(String::strip).toList();
                }
            }
            throw new AssertionError("no region " + tag + " in " + resource);
        }
    }

    @Test
    void insertOneShowsTheTestedRegionOfEachJavaOrmAndTheInsertItSent() throws IOException {
        Document html = conversion.html("ormcompare::[topic=insert-one,orms=\"hibernate,spring-data-jpa,jooq,mybatis,jdbi,sql\"]\n");

        assertThat(html.select("[role=tab]").eachText())
                .containsExactly("Hibernate ORM", "Spring Data JPA", "jOOQ", "MyBatis", "JDBI", "SQL");
        Element hibernate = html.getElementById("ormcompare-insert-one-hibernate");
        assertThat(hibernate.selectFirst("pre code").wholeText().lines().map(String::strip).toList())
                .isEqualTo(region("hibernate/Crud.java", "insert-one"));
        for (String orm : JAVA_ORMS) {
            Element sql = html.selectFirst("#ormcompare-insert-one-" + orm + " details.ormcompare-sql");
            assertThat(sql).as(orm).isNotNull();
            assertThat(sql.selectFirst("summary").text()).as(orm).startsWith("SQL sent: ");
            assertThat(sql.selectFirst("pre code").wholeText().toLowerCase()).as(orm).contains("insert into");
        }
        assertThat(html.select("#ormcompare-insert-one-sql details")).as("plain SQL is its own statement").isEmpty();
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void rollbackShowsLiquibasesRollbackAndWhyFlywayHasNone() {
        Document html = conversion.html("ormcompare::[topic=rollback,orms=\"flyway,liquibase\"]\n");

        assertThat(html.selectFirst("#ormcompare-rollback-flyway .ormcompare-missing").text())
                .contains("Undo migrations (flyway undo) are in Flyway's paid editions");
        assertThat(html.select("#ormcompare-rollback-liquibase pre code").eachText())
                .anySatisfy(code -> assertThat(code).contains("rollback"));
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void everyJavaOrmAnswersAtLeastFortyTopicsWithTestedCodeAndEveryOtherWithAReason() throws Exception {
        Catalog catalog = BuiltInCatalog.get();
        List<Topic> nonAdmin = catalog.topics().stream().filter(topic -> !topic.group().equals("Admin")).toList();
        assertThat(nonAdmin).hasSize(60);
        for (String id : JAVA_ORMS) {
            Orm orm = catalog.requireOrm(id);
            long snippets = nonAdmin.stream().filter(topic -> catalog.snippet(topic, orm).isPresent()).count();
            List<String> silent = nonAdmin.stream().filter(topic -> catalog.cell(topic, orm).isEmpty())
                    .map(Topic::qualifiedId).toList();
            assertThat(snippets).as(id).isGreaterThanOrEqualTo(40);
            assertThat(silent).as(id + ": topics without a snippet or a reason").isEmpty();
            assertThat(orm.about().paradigm()).as(id).isNotEmpty();
            assertThat(orm.about().docs()).as(id).startsWith("https://");
            assertThat(orm.about().version()).as(id).isNotEmpty();
        }
    }

    @Test
    void theJavaSnippetsRegionsComeFromTheJarAndAreNoInputsOfTheUsers() throws Exception {
        Catalog catalog = BuiltInCatalog.get();
        Snippet insert = catalog.snippet(catalog.requireTopic("insert-one"), catalog.requireOrm("jpa")).orElseThrow();

        assertThat(insert.language()).isEqualTo("java");
        assertThat(insert.sql()).isNotEmpty();
        assertThat(catalog.inputs()).isEmpty();
        assertThat(catalog.origin(catalog.requireTopic("insert-one"), catalog.requireOrm("jpa"))).startsWith("built-in ");
        assertThat(catalog.orms().stream().map(Orm::id).collect(Collectors.toList()))
                .containsSubsequence("sql", "django", "sequelize", "hibernate", "spring-data-jpa", "flyway", "liquibase",
                        "jooq", "mybatis", "jdbi");
    }

    @Test
    void thePickerAndTheMatrixTellEachJavaOrmsParadigmVersionAndDocumentation() {
        Document html = conversion.html("ormpicker::[orms=\"hibernate,jooq\"]\n\n"
                + "ormmatrix::[orms=\"hibernate,jooq\",group=CRUD]\n");

        assertThat(html.selectFirst(".ormcompare-picker [data-orm=hibernate]").attr("title"))
                .isEqualTo("data mapper, version 7.4.16.Final");
        Element jooq = html.select(".ormcompare-matrix thead th").get(2);
        assertThat(jooq.selectFirst("a").attr("href")).isEqualTo("https://www.jooq.org/doc/3.19/manual/");
        assertThat(jooq.selectFirst("small").text()).isEqualTo("query builder");
        assertThat(conversion.records()).isEmpty();
    }
}
