package dev.ormcompare.catalog.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.mybatis.PostMapper.AuthorStats;
import dev.ormcompare.catalog.java.mybatis.PostMapper.AuthorTotal;
import dev.ormcompare.catalog.java.mybatis.PostMapper.Ranked;
import dev.ormcompare.catalog.java.mybatis.PostMapper.TitleAndViews;

/** Transactions, raw SQL and the advanced topics. */
import java.util.List;
class MyBatisAdvancedTest extends MyBatisCells {

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

    @Topic("execute-raw")
    void executeRaw(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::resetUnpublishedViews))).isEqualTo(2);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        List<TitleAndViews> rows = cell.sent(() -> posts(mapper -> mapper.findByAuthorAndViewsAbove(1, 20)));
        assertThat(rows)
                .containsExactlyInAnyOrder(new TitleAndViews("Hello SQL", 100), new TitleAndViews("ORMs in practice", 50));
    }

    @Topic("raw-returning-models")
    void rawReturningModels(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::findPublished))).extracting(Post::getTitle)
                .containsExactly("Hello SQL", "ORMs in practice");
    }

    @Topic("window-functions")
    void windowFunctions(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::rankByViewsPerAuthor))).containsExactly(
                new Ranked("Hello SQL", 1), new Ranked("ORMs in practice", 2), new Ranked("Compilers", 1),
                new Ranked("Draft notes", 2));
    }

    @Topic("cte")
    void cte(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::totalViewsByAuthor)))
                .containsExactly(new AuthorTotal("Ada Lovelace", 150), new AuthorTotal("Grace Hopper", 10));
    }

    @Topic("database-views")
    void databaseViews(Cell cell, CatalogDatabase database) throws Exception {
        BlogData.insert(database);

        assertThat(cell.sent(() -> posts(PostMapper::findAuthorStats))).containsExactly(
                new AuthorStats(1, "Ada Lovelace", 2), new AuthorStats(2, "Grace Hopper", 2),
                new AuthorStats(3, "Alan Turing", 0));
    }
}
