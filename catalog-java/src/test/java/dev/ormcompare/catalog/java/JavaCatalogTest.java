package dev.ormcompare.catalog.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** java.adoc and the files beside it agree: every snippet points at a tested region and a real SQL file. */
class JavaCatalogTest {

    /** A region is what a reader would write: about 15 lines, never a page. */
    private static final int MAX_REGION_LINES = 20;

    /** ORM Party's scenario ids outside the admin category, which every Java ORM answers or declares missing. */
    private static final List<String> TOPICS = List.of(
            "connect", "define-model", "field-types", "nullable-defaults", "sync-schema",
            "one-to-many", "many-to-many", "one-to-one", "self-referential",
            "insert-one", "insert-many", "fetch-by-pk", "fetch-first-match", "update-one", "update-many", "upsert",
            "delete-one", "delete-many", "atomic-increment",
            "filter-where", "order-by", "select-fields", "limit-offset", "count", "and-or", "like-contains",
            "comparison", "in", "distinct", "exists", "compare-fields",
            "fetch-related", "filter-by-related", "inner-join", "left-join", "nested-relations",
            "aggregate-group-by", "count-related",
            "sum", "avg", "min-max", "group-by", "having", "subquery",
            "basic", "transactions/rollback", "savepoint",
            "generate", "apply", "rollback", "status",
            "execute-raw", "parameterized", "raw-returning-models",
            "window-functions", "cte", "json-fields", "full-text-search", "database-views", "introspect");
    private static final List<String> MIGRATION_TOPICS = List.of("generate", "apply", "rollback", "status");

    private final List<CatalogEntry> entries = CatalogEntry.read();

    /** Every ORM answers each topic it should once: a snippet or a reason, never silence, never both. */
    @Test
    void everyOrmAnswersEveryTopicOnceWithASnippetOrAReason() {
        Map<String, List<String>> answers = new TreeMap<>();
        Set<String> answeredByAnOrm = new TreeSet<>();
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("snippet") || entry.kind().equals("missing")) {
                answers.computeIfAbsent(entry.get("orm"), orm -> new ArrayList<>()).add(entry.get("topic"));
                if (entry.kind().equals("snippet") && !entry.get("orm").equals("sql")) {
                    answeredByAnOrm.add(entry.get("topic"));
                }
            }
        }
        for (CatalogEntry orm : entries) {
            if (orm.kind().equals("orm")) {
                List<String> expected = "migration tool".equals(orm.get("paradigm")) ? MIGRATION_TOPICS : TOPICS;
                assertThat(answers.getOrDefault(orm.get("id"), List.of())).as(orm.toString())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        // `sql` is the extension's own ORM (its migrations are in the extension's catalog): it answers what the
        // Java ORMs answer.
        List<String> sqlExpected = answeredByAnOrm.stream().filter(topic -> !MIGRATION_TOPICS.contains(topic)).toList();
        assertThat(answers.getOrDefault("sql", List.of())).as("the sql column").doesNotHaveDuplicates()
                .containsAll(sqlExpected).allMatch(TOPICS::contains);
    }

    @Test
    void everyIncludedTagIsANonEmptyShortRegion() {
        List<String> problems = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            if (entry.get("include") == null) {
                continue;
            }
            List<String> region = TaggedRegion.lines(entry.get("include"), entry.get("tag"));
            if (region.stream().allMatch(String::isBlank)) {
                problems.add(entry + ": no region tagged " + entry.get("tag"));
            } else if (region.size() > MAX_REGION_LINES) {
                problems.add(entry + ": the region has " + region.size() + " lines, more than " + MAX_REGION_LINES);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySnippetHasACellTestAndEveryCellTestASnippet() {
        Set<String> snippets = new TreeSet<>();
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("snippet")) {
                snippets.add(Cell.name(entry.get("orm"), entry.get("topic")));
            }
        }
        Set<String> tests = CellTests.names();
        assertThat(tests).as("cells with a test").containsExactlyInAnyOrderElementsOf(snippets);
    }

    @Test
    void everySqlFileIsNamedByItsSnippetAndTheOtherWayRound() throws IOException {
        Set<String> named = new TreeSet<>();
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("snippet") && entry.get("sql") != null) {
                assertThat(entry.get("sql")).as(entry.toString())
                        .isEqualTo("sql/" + entry.get("orm") + "/" + SqlFile.fileName(entry.get("topic")));
                named.add(entry.get("sql"));
            }
        }
        Set<String> files = new TreeSet<>();
        Path sql = SqlFile.directory();
        try (Stream<Path> walk = Files.walk(sql)) {
            walk.filter(file -> sql.relativize(file).getNameCount() == 2).forEach(
                    file -> files.add("sql/" + sql.relativize(file).toString().replace('\\', '/')));
        }
        assertThat(files).as("captured SQL files").containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void everyOrmHasItsParadigmDocsAndVersion() {
        List<String> paradigms =
                List.of("active record", "data mapper", "query builder", "SQL mapper", "repository", "migration tool");
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("orm")) {
                assertThat(entry.get("paradigm")).as(entry.toString()).isIn(paradigms);
                assertThat(entry.get("docs")).as(entry.toString()).startsWith("https://");
                assertThat(entry.get("version")).as(entry.toString()).isNotBlank();
            }
        }
    }

    /**
     * The version an ORM entry names is the one its snippets ran with: that of the library jar on this
     * module's classpath (named artifact-version.jar in a Maven repository), which the parent pom pins.
     */
    @Test
    void everyOrmNamesTheVersionOfTheLibraryItsSnippetsRanWith() throws Exception {
        Map<String, Class<?>> libraries = Map.of(
                "hibernate", org.hibernate.SessionFactory.class,
                "spring-data-jpa", org.springframework.data.jpa.repository.JpaRepository.class,
                "flyway", org.flywaydb.core.Flyway.class,
                "liquibase", liquibase.Liquibase.class,
                "jooq", org.jooq.DSLContext.class,
                "mybatis", org.apache.ibatis.session.SqlSession.class,
                "jdbi", org.jdbi.v3.core.Jdbi.class);
        for (CatalogEntry entry : entries) {
            if (entry.kind().equals("orm") && libraries.containsKey(entry.get("id"))) {
                Path jar = Path.of(libraries.get(entry.get("id")).getProtectionDomain().getCodeSource().getLocation().toURI());
                assertThat(jar.getFileName().toString()).as(entry.toString()).endsWith("-" + entry.get("version") + ".jar");
            }
        }
        assertThat(entries.stream().filter(entry -> entry.kind().equals("orm")).map(entry -> entry.get("id")))
                .containsAll(libraries.keySet());
    }
}
