package dev.ormcompare.catalog.java.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jdbi.Advanced.Ranked;
import dev.ormcompare.catalog.java.jdbi.Joins.NameTotal;
import java.util.List;
import java.util.Map;

/** Transactions, raw SQL and the advanced topics. */
class JdbiAdvancedTest extends JdbiCells {

    @Topic("basic")
    void basic(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.basic(jdbi));

        assertThat(database.count("authors")).isEqualTo(1);
        assertThat(database.value("SELECT title FROM posts WHERE author_id = 1")).isEqualTo("Hello SQL");
    }

    @Topic("transactions/rollback")
    void rollback(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.rollback(jdbi));

        assertThat(database.count("authors")).isZero();
    }

    @Topic("savepoint")
    void savepoint(Cell cell, CatalogDatabase database) throws Exception {
        cell.sent(() -> Transactions.savepoint(jdbi));

        assertThat(database.rows("SELECT name FROM authors")).extracting(row -> row.get("name"))
                .containsExactly("Ada Lovelace");
    }

    @Topic("execute-raw")
    void executeRaw(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        int updated = cell.sent(() -> withHandle(Advanced::executeRaw));

        assertThat(updated).isEqualTo(2);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Map<String, Object>> rows = cell.sent(() -> withHandle(Advanced::parameterized));

        assertThat(rows).containsExactlyInAnyOrder(Map.of("title", "Hello SQL", "views", 100),
                Map.of("title", "ORMs in practice", "views", 50));
    }

    @Topic("raw-returning-models")
    void rawReturningModels(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Post> posts = cell.sent(() -> withHandle(Advanced::rawReturningModels));

        assertThat(titles(posts)).containsExactly("Hello SQL", "ORMs in practice");
    }

    @Topic("window-functions")
    void windowFunctions(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<Ranked> ranked = cell.sent(() -> withHandle(Advanced::windowFunctions));

        assertThat(ranked).containsExactly(new Ranked("Hello SQL", 1), new Ranked("ORMs in practice", 2),
                new Ranked("Compilers", 1), new Ranked("Draft notes", 2));
    }

    @Topic("cte")
    void cte(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<NameTotal> rows = cell.sent(() -> withHandle(Advanced::cte));

        assertThat(rows).containsExactly(new NameTotal("Ada Lovelace", 150), new NameTotal("Grace Hopper", 10));
    }

    @Topic("database-views")
    void databaseViews(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<NameTotal> stats = cell.sent(() -> withHandle(Advanced::databaseViews));

        assertThat(stats).containsExactly(new NameTotal("Ada Lovelace", 2), new NameTotal("Grace Hopper", 2),
                new NameTotal("Alan Turing", 0));
    }
}
