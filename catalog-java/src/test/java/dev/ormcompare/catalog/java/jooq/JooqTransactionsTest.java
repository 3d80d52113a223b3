package dev.ormcompare.catalog.java.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;

class JooqTransactionsTest extends JooqCells {

    @Topic("basic")
    void basic(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.basic(ctx));

        assertThat(database.count("authors")).isEqualTo(1);
        assertThat(database.value("SELECT title FROM posts WHERE author_id = 1")).isEqualTo("Hello SQL");
    }

    @Topic("transactions/rollback")
    void rollback(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.rollback(ctx));

        assertThat(database.count("authors")).isZero();
    }

    @Topic("savepoint")
    void savepoint(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.savepoint(ctx));

        assertThat(database.rows("SELECT name FROM authors")).extracting(row -> row.get("name"))
                .containsExactly("Ada Lovelace");
    }
}
