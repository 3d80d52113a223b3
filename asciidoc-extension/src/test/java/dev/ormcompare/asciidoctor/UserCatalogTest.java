package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The document attribute ormcompare-catalog reads a directory of catalog files over the built-in catalog. */
class UserCatalogTest extends RealAsciidoctorTest {

    private static final String EBEAN = """
            [orm,id=ebean,name="Ebean ORM",language=java,aliases=ebean-orm]

            [snippet,topic=apply,orm=ebean,language=console]
            ----
            $ mvn flyway:migrate
            ----

            [snippet,topic=apply,orm=prisma,language=console]
            ----
            $ npx prisma migrate deploy
            ----
            """;

    private static Document convert(String adoc) {
        return Jsoup.parse(conversion.convert("guide.adoc", ":ormcompare-catalog: catalog\n\n" + adoc, "html5", false,
                Map.of()));
    }

    @Test
    void addsOrmsAndReplacesBuiltInSnippets() {
        conversion.write("catalog/team.adoc", EBEAN);

        Document html = convert("ormcompare::apply[orms=\"ebean-orm,prisma,django\"]\n");

        assertThat(html.select("[role=tab]").eachText()).containsExactly("Ebean ORM", "Prisma", "Django ORM");
        assertThat(html.selectFirst("#ormcompare-apply-ebean pre code").wholeText()).isEqualTo("$ mvn flyway:migrate");
        assertThat(html.selectFirst("#ormcompare-apply-prisma pre code").wholeText()).isEqualTo("$ npx prisma migrate deploy");
        assertThat(html.selectFirst("#ormcompare-apply-django pre code").wholeText()).startsWith("$ python manage.py migrate");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void ormWithoutTheTopicIsAnErrorNamingTheOrmsThatHaveIt() {
        conversion.write("catalog/team.adoc", EBEAN);

        convert("Text.\n\normcompare::status[orms=\"django,ebean\"]\n");

        LogRecord record = conversion.records().get(0);
        assertThat(conversion.records()).hasSize(1);
        assertThat(record.getMessage()).isEqualTo("ORM 'Ebean ORM' has no snippet for topic 'status'. ORMs with that "
                + "topic: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, drizzle, kysely, typeorm, mikroorm, sequelize, "
                + "flyway, liquibase. To show a \"No snippet\" tab instead, add missing=show to the macro.");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(5);
    }

    @Test
    void withoutOrmsOnlyOrmsWithTheTopicAreShown() {
        conversion.write("catalog/team.adoc", EBEAN);

        Document html = convert("ormcompare::status[]\n");

        assertThat(html.select("[role=tab]").eachText()).hasSize(14).doesNotContain("Ebean ORM");
    }

    @Test
    void mistakeInACatalogFileIsLoggedOnceAtItsFileAndLine() {
        conversion.write("catalog/team.adoc", "[orm,id=jooq,name=jOOQ]\n[orm,id=x,nmae=X]\n");

        Document html = convert("ormcompare::apply[]\n\normcompare::status[]\n");

        assertThat(conversion.records()).hasSize(1);
        LogRecord record = conversion.records().get(0);
        assertThat(record.getMessage()).isEqualTo("unknown key 'nmae'; did you mean 'name'? Known keys of [orm,...]: "
                + "aliases, docs, id, language, name, paradigm, version.");
        assertThat(record.getCursor().getFile()).endsWith("team.adoc");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(2);
        assertThat(html.select(".ormcompare-error")).hasSize(2);
        assertThat(html.selectFirst(".ormcompare-error").text()).contains("team.adoc:2: unknown key 'nmae'");
    }

    @Test
    void missingCatalogDirectoryIsAnErrorAtTheMacro() {
        conversion.convert("guide.adoc", ":ormcompare-catalog: no-such-dir\n\normcompare::apply[]\n", "html5", false, Map.of());

        assertThat(conversion.records()).hasSize(1);
        assertThat(conversion.records().get(0).getMessage()).startsWith("the catalog directory ")
                .contains("no-such-dir (document attribute ormcompare-catalog) does not exist");
        assertThat(conversion.records().get(0).getCursor().getLineNumber()).isEqualTo(3);
    }

    @Test
    void changedCatalogFileIsReadAgain() throws IOException {
        Path file = conversion.write("catalog/team.adoc", EBEAN);
        assertThat(convert("ormcompare::apply[orms=ebean-orm]\n").selectFirst("pre code").wholeText())
                .isEqualTo("$ mvn flyway:migrate");

        conversion.write("catalog/team.adoc", EBEAN.replace("flyway:migrate", "liquibase:update"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));

        assertThat(convert("ormcompare::apply[orms=ebean-orm]\n").selectFirst("pre code").wholeText())
                .isEqualTo("$ mvn liquibase:update");
    }
}
