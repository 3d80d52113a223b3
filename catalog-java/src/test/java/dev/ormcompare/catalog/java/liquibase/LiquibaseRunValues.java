package dev.ormcompare.catalog.java.liquibase;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Liquibase writes values of its run into the SQL as literals: the lock holder (this machine's host name and
 * address), the deployment id of the changesets it records (random digits), and, when it diffs, the database's
 * name (the test database is numbered in the order the test classes start). The captured SQL shows fixed
 * placeholders instead, so that the committed files are the same on every machine and in every run.
 */
public final class LiquibaseRunValues implements UnaryOperator<String> {

    private static final Pattern LOCKED_BY = Pattern.compile("LOCKEDBY = '[^']*'");
    /** The last value of an INSERT INTO DATABASECHANGELOG. */
    private static final Pattern DEPLOYMENT_ID =
            Pattern.compile("^(INSERT INTO \\S*DATABASECHANGELOG \\(.*DEPLOYMENT_ID\\) VALUES \\(.*, )'\\d+'\\);$");
    private static final Pattern DATABASE_NAME = Pattern.compile("constraint_catalog='CATALOG\\d+'");

    @Override
    public String apply(String statement) {
        String masked = LOCKED_BY.matcher(statement).replaceAll("LOCKEDBY = '<host> (<address>)'");
        masked = DATABASE_NAME.matcher(masked).replaceAll("constraint_catalog='<database>'");
        return DEPLOYMENT_ID.matcher(masked).replaceAll("$1'<deployment id>');");
    }
}
