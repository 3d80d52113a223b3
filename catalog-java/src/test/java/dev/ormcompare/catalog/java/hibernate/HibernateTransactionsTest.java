package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;

class HibernateTransactionsTest extends HibernateCells {

    @Topic("basic")
    void basic(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.basic(factory));

        assertThat(database.count("authors")).isEqualTo(1);
        assertThat(database.value("SELECT title FROM posts WHERE author_id = 1")).isEqualTo("Hello SQL");
    }

    @Topic("transactions/rollback")
    void rollback(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.rollback(factory));

        assertThat(database.count("authors")).isZero();
    }
}
