package dev.ormcompare.catalog.java.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Orm;
import dev.ormcompare.catalog.java.Topic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/** Liquibase's changelog runs on an empty database: its changesets create the tables themselves. */
@Orm(value = "liquibase", schema = CatalogDatabase.Schema.NONE, mask = LiquibaseRunValues.class)
class LiquibaseCellsTest {

    private static List<Object> authorsColumns(CatalogDatabase database) throws Exception {
        return database.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'AUTHORS'"
                + " ORDER BY ordinal_position").stream().map(row -> row.get("column_name")).toList();
    }

    @Topic("apply")
    void apply(Cell cell, CatalogDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            cell.sent(() -> Migrations.apply(connection));
        }
        assertThat(authorsColumns(database)).containsExactly("ID", "NAME", "EMAIL", "BIO");
        assertThat(database.rows("SELECT id FROM databasechangelog ORDER BY orderexecuted"))
                .extracting(row -> row.get("id")).containsExactly("1-create-authors", "2-add-author-bio");
    }

    @Topic("rollback")
    void rollback(Cell cell, CatalogDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            Migrations.apply(connection);
            cell.sent(() -> Migrations.rollback(connection));
        }
        assertThat(authorsColumns(database)).containsExactly("ID", "NAME", "EMAIL");
        assertThat(database.rows("SELECT id FROM databasechangelog"))
                .extracting(row -> row.get("id")).containsExactly("1-create-authors");
    }

    @Topic("status")
    void status(Cell cell, CatalogDatabase database) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = database.dataSource().getConnection()) {
            Migrations.apply(connection);
            database.execute("DELETE FROM databasechangelog WHERE id = '2-add-author-bio'");
            cell.sent(() -> Migrations.status(connection, out));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 changeset has not been applied")
                .contains(Migrations.CHANGELOG + "::2-add-author-bio::catalog")
                .doesNotContain("1-create-authors");
    }

    @Topic("generate")
    void generate(Cell cell, CatalogDatabase database) throws Exception {
        Path generated = Path.of("target", "liquibase", "generated-changelog.yaml");
        Files.createDirectories(generated.getParent());
        Files.deleteIfExists(generated);
        try (Connection connection = database.dataSource().getConnection();
                Connection developed = DriverManager.getConnection("jdbc:h2:mem:developed", CatalogDatabase.USER, "")) {
            Migrations.apply(connection);
            Migrations.apply(developed);
            try (Statement statement = developed.createStatement()) {
                statement.execute("ALTER TABLE authors ADD COLUMN website VARCHAR(200)");
            }
            cell.sent(() -> Migrations.generate(connection, developed, generated.toString()));
        }
        assertThat(Files.readString(generated)).contains("addColumn:").contains("name: WEBSITE")
                .doesNotContain("createTable:");
    }
}
