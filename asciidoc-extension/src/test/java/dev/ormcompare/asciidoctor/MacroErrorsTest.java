package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken macro is logged at ERROR with its file and line, what was wrong and what would be
 * right; the page shows an error block where the macro was and the rest of the page renders.
 */
class MacroErrorsTest extends RealAsciidoctorTest {

    private static final String KNOWN_ORMS = "Known ORMs: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, "
            + "drizzle, kysely, typeorm, mikroorm, sequelize, hibernate, spring-data-jpa, flyway, liquibase, jooq, mybatis, jdbi.";

    /** Puts the macro on line 5 of guide.adoc, with content after it. */
    private static Document convertWithMacroOnLine5(String macro) {
        return org.jsoup.Jsoup.parse(conversion.convert("guide.adoc",
                "= Guide\n\nSome text.\n\n" + macro + "\n\nAfter the macro.\n", "html5", false, Map.of()));
    }

    private static LogRecord onlyRecord() {
        assertThat(conversion.records()).hasSize(1);
        return conversion.records().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ormcompare::aply[orms=django]                 | unknown topic 'aply'; did you mean 'apply'? Known topics: connect, define-model, field-types, nullable-defaults, sync-schema, one-to-many, many-to-many, one-to-one, self-referential, insert-one, insert-many, fetch-by-pk, fetch-first-match, update-one, update-many, upsert, delete-one, delete-many, atomic-increment, filter-where and 40 more (mvn ormcompare:catalog or an ormmatrix::[] block lists them all).
            ormcompare::[orms=django]                     | no topic given; write ormcompare::connect[] or topic=connect. Known topics: connect, define-model, field-types, nullable-defaults, sync-schema, one-to-many, many-to-many, one-to-one, self-referential, insert-one, insert-many, fetch-by-pk, fetch-first-match, update-one, update-many, upsert, delete-one, delete-many, atomic-increment, filter-where and 40 more (mvn ormcompare:catalog or an ormmatrix::[] block lists them all).
            ormcompare::apply[orms=djano]                 | unknown ORM 'djano'; did you mean 'django'? Known ORMs: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, drizzle, kysely, typeorm, mikroorm, sequelize, hibernate, spring-data-jpa, flyway, liquibase, jooq, mybatis, jdbi.
            ormcompare::apply[orms="django,Prisma ORM"]   | unknown ORM 'Prisma ORM'; did you mean 'prisma'? Known ORMs: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, drizzle, kysely, typeorm, mikroorm, sequelize, hibernate, spring-data-jpa, flyway, liquibase, jooq, mybatis, jdbi.
            ormcompare::apply[orms=doctrine]              | unknown ORM 'doctrine'. Known ORMs: sql, django, sqlalchemy, sqlmodel, tortoise, peewee, prisma, drizzle, kysely, typeorm, mikroorm, sequelize, hibernate, spring-data-jpa, flyway, liquibase, jooq, mybatis, jdbi.
            ormcompare::apply[orms=""]                    | the list of ORMs is empty; name at least one, e.g. orms="sql,django", or leave orms out to show every ORM that has topic 'apply'
            ormcompare::apply[orms=" , "]                 | the list of ORMs is empty; name at least one, e.g. orms="sql,django", or leave orms out to show every ORM that has topic 'apply'
            ormcompare::apply[orms="django,prisma,django"] | ORM 'Django ORM' is listed twice; list each ORM once
            ormcompare::apply[orms="django,Django ORM"]   | ORM 'Django ORM' is listed twice (as 'django' and 'Django ORM'); list each ORM once
            ormcompare::apply[orm=django]                 | unknown attribute 'orm'; did you mean 'orms'? Known ormcompare attributes: topic, orms, selected, title, id, missing, sql.
            ormcompare::apply[orms=django,colour=red]     | unknown attribute 'colour'. Known ormcompare attributes: topic, orms, selected, title, id, missing, sql.
            ormcompare::apply[orms=django,selected=prisma] | selected ORM 'prisma' is not in this comparison; select one of: django.
            ormcompare::apply[topic=status,orms=django]   | the topic is given twice, as 'apply' before the brackets and as topic=status; give it once
            """)
    void mistakeIsLoggedAtErrorWithFileLineAndFix(String macro, String message) {
        Document html = convertWithMacroOnLine5(macro);

        LogRecord record = onlyRecord();
        assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(record.getMessage()).isEqualTo(message);
        assertThat(record.getCursor().getFile()).endsWith("guide.adoc");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(5);
        assertThat(html.selectFirst(".ormcompare-error").text()).isEqualTo("ormcompare: " + message);
        assertThat(html.select(".ormcompare")).isEmpty();
        assertThat(html.text()).contains("After the macro.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a line with more text after it       | '== More\n\normcompare::rollback[orms=sequelise]\n\nMore text.\n'
            the last line, with a line end       | '== More\n\normcompare::rollback[orms=sequelise]\n'
            the last line, without a line end    | '== More\n\normcompare::rollback[orms=sequelise]'
            the last line, then blank lines      | '== More\n\normcompare::rollback[orms=sequelise]\n\n\n'
            """)
    void mistakeInAnIncludedFileNamesThatFileAndItsLine(String where, String partial) {
        conversion.write("partials/_more.adoc", partial.translateEscapes());

        conversion.convert("guide.adoc", "= Guide\n\nText.\n\n\ninclude::partials/_more.adoc[]\n\nAfter.\n", "html5",
                false, Map.of());

        assertOnlyRecordAt("unknown ORM 'sequelise'; did you mean 'sequelize'?", "_more.adoc", 3);
    }

    @Test
    void mistakeOnTheLastLineOfANestedIncludeNamesTheInnermostFile() {
        conversion.write("partials/_outer.adoc", "== Outer\n\ninclude::inner/_inner.adoc[leveloffset=+1]\n");
        conversion.write("partials/inner/_inner.adoc", "Inner text.\n\normcompare::apply[orms=djano]\n");

        conversion.convert("guide.adoc", ":partials: partials\n\ninclude::{partials}/_outer.adoc[]\n", "html5", false, Map.of());

        assertOnlyRecordAt("unknown ORM 'djano'", "_inner.adoc", 3);
    }

    private static void assertOnlyRecordAt(String messageStart, String fileName, int line) {
        LogRecord record = onlyRecord();
        assertThat(record.getMessage()).startsWith(messageStart);
        assertThat(record.getCursor().getFile()).endsWith(fileName);
        assertThat(record.getCursor().getLineNumber()).isEqualTo(line);
    }

    @Test
    void everyBrokenMacroOnAPageIsReportedInOrder() {
        conversion.convert("guide.adoc", "ormcompare::nope[]\n\normcompare::apply[orms=django]\n\normcompare::apply[orms=x]\n",
                "html5", false, Map.of());

        assertThat(conversion.records()).extracting(record -> record.getCursor().getLineNumber()).containsExactly(1, 5);
    }

    @Test
    void mistakeInTheDocumentAttributeIsReportedAtTheMacroThatUsesIt() {
        conversion.convert("guide.adoc", ":ormcompare-orms: django, primsa\n\nText.\n\normcompare::apply[]\n", "html5",
                false, Map.of());

        LogRecord record = onlyRecord();
        assertThat(record.getMessage()).startsWith("unknown ORM 'primsa'; did you mean 'prisma'?");
        assertThat(record.getCursor().getLineNumber()).isEqualTo(5);
    }

    @Test
    void errorTextIsEscaped() {
        Document html = convertWithMacroOnLine5("ormcompare::apply[orms=\"<script>alert(1)</script>\"]");

        assertThat(html.select(".ormcompare-error script")).isEmpty();
        assertThat(html.selectFirst(".ormcompare-error").text()).contains("unknown ORM '<script>alert(1)</script>'");
    }
}
