package dev.ormcompare.catalog.java.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Orm;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.flyway.Migrations;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;

/** Flyway's migrations run on an emptied database: they create the tables themselves. */
@Orm("flyway")
class FlywayCellsTest {

    @BeforeEach
    void emptyDatabase(CatalogDatabase database) throws Exception {
        database.execute("DROP ALL OBJECTS");
    }

    @Topic("apply")
    void apply(Cell cell, CatalogDatabase database) throws Exception {
        assertThat(cell.sent(() -> Migrations.apply(database.dataSource())).migrationsExecuted).isEqualTo(2);
        assertThat(database.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'authors'"
                + " ORDER BY ordinal_position")).extracting(row -> row.get("column_name"))
                .containsExactly("id", "name", "email", "bio");
    }

    @Topic("status")
    void status(Cell cell, CatalogDatabase database) throws Exception {
        Migrations.apply(database.dataSource());
        database.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");

        MigrationInfo[] migrations = cell.sent(() -> Migrations.status(database.dataSource()));

        assertThat(migrations).extracting(m -> m.getVersion().getVersion(), MigrationInfo::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", MigrationState.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple("2", MigrationState.PENDING));
    }
}
