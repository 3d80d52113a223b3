package dev.ormcompare.catalog.java;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 database (PostgreSQL mode, lower-case names) holding the catalog's shared schema
 * ({@code sql/schema.sql}), or an empty one for a migration tool ({@link Schema#NONE}). ORMs get
 * {@link #dataSource()}, whose statements are captured while a cell's region runs; setup and assertions use
 * {@link #execute} and {@link #rows}, which bypass the capture.
 */
public final class CatalogDatabase implements AutoCloseable {

    /** What a cell's database holds when its region starts. */
    public enum Schema {
        /** The shared schema, on H2 in PostgreSQL mode with lower-case names. */
        SHARED(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"),
        /**
         * Nothing, on H2 with its own upper-case names: for a migration tool that creates its tables and finds
         * them again by name (Liquibase looks DATABASECHANGELOG up as written, which lower-casing hides).
         */
        NONE(";MODE=PostgreSQL");

        private final String settings;

        Schema(String settings) {
            this.settings = settings;
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** H2's default administrator, without a password. */
    public static final String USER = "sa";
    static final String SCHEMA = "classpath:/dev/ormcompare/catalog/java/sql/schema.sql";

    private final Schema schema;
    private final String url;
    private final Connection plain;
    private final SentStatements statements = new SentStatements();
    private final DataSource captured;

    CatalogDatabase(Schema schema) throws SQLException {
        this.schema = schema;
        url = "jdbc:h2:mem:catalog" + NEXT.incrementAndGet() + schema.settings;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(USER);
        // Held open for the database's lifetime: an in-memory H2 is gone when its last connection closes.
        plain = h2.getConnection();
        captured = ProxyDataSourceBuilder.create("catalog", h2).listener(statements).build();
    }

    /** The data source an ORM under test connects through. */
    public DataSource dataSource() {
        return captured;
    }

    /** The JDBC URL, for a snippet that shows connecting by URL (its statements are not captured). */
    public String url() {
        return url;
    }

    SentStatements statements() {
        return statements;
    }

    /** Drops everything and creates the schema again, so each cell starts from empty tables. */
    void recreateSchema() throws SQLException {
        try (Statement statement = plain.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            if (schema == Schema.SHARED) {
                statement.execute("RUNSCRIPT FROM '" + SCHEMA + "'");
            }
        }
    }

    /** Runs a statement for a cell's setup, uncaptured; returns the update count. */
    public int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Rows of a query, uncaptured, column names in lower case; for a cell's assertions. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(sql, parameters); ResultSet result = statement.executeQuery()) {
            return CatalogDatabase.rows(result);
        }
    }

    /** The single value of a query that returns one row of one column. */
    public Object value(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    public long count(String table) throws SQLException {
        return ((Number) value("SELECT COUNT(*) FROM " + table)).longValue();
    }

    public static List<Map<String, Object>> rows(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                row.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), result.getObject(column));
            }
            rows.add(row);
        }
        return rows;
    }

    private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = plain.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        plain.close();
    }
}
