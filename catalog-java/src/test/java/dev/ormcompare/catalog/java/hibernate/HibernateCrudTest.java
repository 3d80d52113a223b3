package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.util.List;
import java.util.Map;

class HibernateCrudTest extends HibernateCells {

    @Topic("insert-one")
    void insertOne(Cell cell, CatalogDatabase database) throws Exception {
        Author author = cell.sent(() -> inTransaction(Crud::insertOne));

        assertThat(database.rows("SELECT id, name, email FROM authors"))
                .containsExactly(Map.of("id", author.getId(), "name", "Ada Lovelace", "email", "ada@example.com"));
    }
}
