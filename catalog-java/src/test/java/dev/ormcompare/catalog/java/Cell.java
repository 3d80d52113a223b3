package dev.ormcompare.catalog.java;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * One cell of the catalog while its test runs: {@link #sent} runs the cell's region, captures the statements it
 * sent to the database and compares them with the cell's committed SQL file.
 */
public final class Cell {

    /** A region that returns nothing. */
    @FunctionalInterface
    public interface Region {
        void run() throws Exception;
    }

    private final String orm;
    private final String topic;
    private final CatalogDatabase database;
    private final UnaryOperator<String> mask;

    Cell(String orm, String topic, CatalogDatabase database, UnaryOperator<String> mask) {
        this.orm = orm;
        this.topic = topic;
        this.database = database;
        this.mask = mask;
    }

    /** How tests and failures name a cell: "hibernate insert-one". */
    static String name(String orm, String topic) {
        return orm + " " + topic;
    }

    public String name() {
        return name(orm, topic);
    }

    /**
     * Runs the region, checks the SQL it sent (through its ORM's {@link Orm#mask()}) against
     * {@code sql/<orm>/<topic>.sql}, returns its result.
     */
    public <T> T sent(Callable<T> region) throws Exception {
        database.statements().start();
        T result;
        try {
            result = region.call();
        } finally {
            List<String> statements = database.statements().stop().stream().map(mask).toList();
            SqlFile.of(orm, topic).check(name(), statements);
        }
        return result;
    }

    public void sent(Region region) throws Exception {
        sent(() -> {
            region.run();
            return null;
        });
    }
}
