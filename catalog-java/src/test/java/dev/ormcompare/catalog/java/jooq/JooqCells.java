package dev.ormcompare.catalog.java.jooq;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;

/** Base of the jOOQ cells: one DSLContext per test class, over the captured data source. */
@Orm("jooq")
abstract class JooqCells {

    static DSLContext ctx;

    @BeforeAll
    static void startJooq(CatalogDatabase database) {
        // jOOQ prints a banner and a tip on first use: noise in the build's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        ctx = Connect.connect(database.dataSource());
    }
}
