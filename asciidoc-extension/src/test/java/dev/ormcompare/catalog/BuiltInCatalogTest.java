package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog shipped in the jar holds the ORM Party page: 12 ORMs x 4 migration topics. */
class BuiltInCatalogTest {

    private final Catalog catalog = BuiltInCatalog.get();

    /** The twelve ORMs of ORM Party's page, before the Java catalog's. */
    private List<Orm> seedOrms() {
        return catalog.orms().subList(0, 12);
    }

    /** The topics of the seed: the migrations. */
    private List<Topic> migrationTopics() {
        return catalog.topicsWithCells().stream().filter(topic -> topic.group().equals("Migrations")).toList();
    }

    @Test
    void holdsTheTwelveOrmsInThePagesOrderThenTheJavaCatalogs() {
        assertThat(catalog.orms()).extracting(Orm::name).containsExactly("SQL", "Django ORM", "SQLAlchemy", "SQLModel",
                "Tortoise ORM", "Peewee", "Prisma", "Drizzle", "Kysely", "TypeORM", "MikroORM", "Sequelize",
                "Hibernate ORM", "Spring Data JPA", "Flyway", "Liquibase", "jOOQ", "MyBatis", "JDBI");
    }

    @Test
    void declaresTheSixtyEightScenariosOfOrmPartysTreeWithRollbackTheMigrationOne() {
        assertThat(catalog.topics()).hasSize(68);
        assertThat(catalog.topics().stream().map(Topic::group).distinct()).containsExactly("Setup", "Relations", "CRUD",
                "Querying", "Joins", "Aggregation", "Transactions", "Migrations", "Admin", "Raw Queries", "Advanced");
        assertThat(catalog.findTopic("rollback").orElseThrow().qualifiedId()).isEqualTo("migrations/rollback");
        assertThat(catalog.findTopic("transactions/rollback").orElseThrow().title()).isEqualTo("Roll Back a Transaction");
        assertThat(catalog.findTopic("querying/filter-where").orElseThrow().title()).isEqualTo("Filter with WHERE");
    }

    @Test
    void holdsTheFourMigrationTopicsWithThePagesTitles() {
        assertThat(migrationTopics()).containsExactly(
                new Topic("generate", "Generate Migration", "Migrations"),
                new Topic("apply", "Apply Migration", "Migrations"),
                new Topic("rollback", "Rollback Migration", "Migrations"),
                new Topic("status", "Migration Status", "Migrations"));
    }

    @Test
    void everyOrmOfThePageHasEveryMigrationTopic() {
        for (Topic topic : migrationTopics()) {
            assertThat(catalog.ormsWith(topic)).as(topic.id()).containsAll(seedOrms());
        }
    }

    @Test
    void modelsAreInTheirLanguageAndCommandsAreConsoleSessions() {
        Map<String, String> generateLanguages = new HashMap<>();
        Topic generate = catalog.findTopic("generate").orElseThrow();
        for (Orm orm : seedOrms()) {
            generateLanguages.put(orm.id(), catalog.snippet(generate, orm).orElseThrow().language());
            for (Topic topic : migrationTopics()) {
                if (topic != generate) {
                    assertThat(catalog.snippet(topic, orm).orElseThrow().language()).as(topic.id() + "/" + orm.id())
                            .isEqualTo(orm.id().equals("sql") ? "sql" : "console");
                }
            }
        }
        assertThat(generateLanguages).isEqualTo(Map.ofEntries(Map.entry("sql", "sql"), Map.entry("django", "python"),
                Map.entry("sqlalchemy", "python"), Map.entry("sqlmodel", "python"), Map.entry("tortoise", "python"),
                Map.entry("peewee", "python"), Map.entry("prisma", "prisma"), Map.entry("drizzle", "typescript"),
                Map.entry("kysely", "typescript"), Map.entry("typeorm", "typescript"), Map.entry("mikroorm", "typescript"),
                Map.entry("sequelize", "typescript")));
    }

    @Test
    void cellsWithoutABuiltInWayCarryANote() {
        Map<String, String> notes = new HashMap<>();
        for (Topic topic : migrationTopics()) {
            for (Orm orm : seedOrms()) {
                Snippet snippet = catalog.snippet(topic, orm).orElseThrow();
                if (snippet.hasNote()) {
                    notes.put(topic.id() + "/" + orm.id(), snippet.note());
                }
            }
        }
        assertThat(notes).isEqualTo(Map.of(
                "generate/sql", "No migration tool: write the SQL by hand.",
                "apply/sql", "No migration runner: run the SQL files yourself.",
                "rollback/sql", "No built-in rollback: write the reverse SQL by hand.",
                "status/sql", "No built-in tracking: keep applied migrations in a table of your own.",
                "status/peewee", "No built-in status command.",
                "rollback/prisma", "No built-in rollback.",
                "rollback/drizzle", "No built-in rollback."));
    }
}
