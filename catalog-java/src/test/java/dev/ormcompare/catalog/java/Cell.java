package dev.ormcompare.catalog.java;

import java.util.List;
import java.util.concurrent.Callable;

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

    Cell(String orm, String topic, CatalogDatabase database) {
        this.orm = orm;
        this.topic = topic;
        this.database = database;
    }

    /** How tests and failures name a cell: "hibernate insert-one". */
    static String name(String orm, String topic) {
        return orm + " " + topic;
    }

    public String name() {
        return name(orm, topic);
    }

    /** Runs the region, checks the SQL it sent against {@code sql/<orm>/<topic>.sql}, returns its result. */
    public <T> T sent(Callable<T> region) throws Exception {
        database.statements().start();
        T result;
        try {
            result = region.call();
        } finally {
            List<String> statements = database.statements().stop();
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
