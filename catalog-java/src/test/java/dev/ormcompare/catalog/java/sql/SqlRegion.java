package dev.ormcompare.catalog.java.sql;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.TaggedRegion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs a tagged region of one of the catalog's .sql files over JDBC, statement by statement, on one connection
 * (so BEGIN ... COMMIT spans them). Values for {@code ?} are bound in order across the statements.
 */
final class SqlRegion {

    private final List<String> statements;

    private SqlRegion(List<String> statements) {
        this.statements = statements;
    }

    static SqlRegion of(String file, String tag) {
        StringBuilder text = new StringBuilder();
        for (String line : TaggedRegion.lines("sql/" + file, tag)) {
            int comment = line.indexOf("--");
            text.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> statements = Arrays.stream(text.toString().split(";"))
                .map(String::strip).filter(statement -> !statement.isEmpty()).toList();
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("no statements tagged " + tag + " in sql/" + file);
        }
        return new SqlRegion(statements);
    }

    /** Runs every statement; returns the rows of the last one when it is a query, else an empty list. */
    List<Map<String, Object>> run(CatalogDatabase database, Object... values) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int next = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int parameters = statement.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= parameters; i++) {
                        statement.setObject(i, values[next++]);
                    }
                    rows = statement.execute() ? CatalogDatabase.rows(statement.getResultSet()) : List.of();
                }
            }
        }
        if (next != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + next + " parameters in " + statements);
        }
        return rows;
    }
}
