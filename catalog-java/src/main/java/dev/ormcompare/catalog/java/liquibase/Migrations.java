package dev.ormcompare.catalog.java.liquibase;

import java.io.OutputStream;
import java.sql.Connection;
import liquibase.command.CommandScope;
import liquibase.command.core.DiffChangelogCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ReferenceDbUrlConnectionCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;

/** Liquibase's Java API (its commands, as the CLI runs them) over the changesets of liquibase/changelog.yaml. */
public final class Migrations {

    /** Found on the classpath, as Liquibase looks changelogs up by default. */
    public static final String CHANGELOG = "dev/ormcompare/catalog/java/liquibase/changelog.yaml";

    private Migrations() {
    }

    public static void apply(Connection connection) throws LiquibaseException {
        // tag::apply[]
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();   // runs every changeset not yet in DATABASECHANGELOG, in file order
        // end::apply[]
    }

    public static void rollback(Connection connection) throws LiquibaseException {
        Database database = database(connection);
        // tag::rollback[]
        new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, 1)
                .execute();   // runs the rollback of the last changeset applied
        // end::rollback[]
    }

    public static void status(Connection connection, OutputStream out) throws LiquibaseException {
        Database database = database(connection);
        // tag::status[]
        new CommandScope(StatusCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(StatusCommandStep.VERBOSE_ARG, true)
                .setOutput(out)   // "1 changeset has not been applied to ...", then each one
                .execute();
        // end::status[]
    }

    /** {@code developed}: a database changed by hand; the changeset it lacks is written to {@code changelogFile}. */
    public static void generate(Connection connection, Connection developed, String changelogFile)
            throws LiquibaseException {
        Database database = database(connection);
        Database reference = database(developed);
        // tag::generate[]
        new CommandScope(DiffChangelogCommandStep.COMMAND_NAME)
                .addArgumentValue(ReferenceDbUrlConnectionCommandStep.REFERENCE_DATABASE_ARG, reference)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DiffChangelogCommandStep.CHANGELOG_FILE_ARG, changelogFile)
                .addArgumentValue(DiffChangelogCommandStep.AUTHOR_ARG, "catalog")
                .execute();   // writes a changeset for each difference: here, addColumn
        // end::generate[]
    }

    private static Database database(Connection connection) throws LiquibaseException {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }
}
