package dev.ormcompare.catalog.java.flyway;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway's Java API over the versioned SQL files in flyway/migration (V1__..., V2__...). */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        // tag::apply[]
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:dev/ormcompare/catalog/java/flyway/migration")
                .load();
        MigrateResult result = flyway.migrate();   // runs every pending V<n>__*.sql in order
        // end::apply[]
        return result;
    }

    public static MigrationInfo[] status(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:dev/ormcompare/catalog/java/flyway/migration")
                .load();
        // tag::status[]
        MigrationInfo[] migrations = flyway.info().all();
        for (MigrationInfo migration : migrations) {
            System.out.println(migration.getVersion() + " " + migration.getDescription() + ": " + migration.getState());
        }
        // end::status[]
        return migrations;
    }
}
