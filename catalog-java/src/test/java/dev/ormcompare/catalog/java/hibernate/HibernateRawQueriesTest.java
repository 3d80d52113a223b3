package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import java.util.List;

@WithBlogData
class HibernateRawQueriesTest extends HibernateCells {

    @Topic("execute-raw")
    void executeRaw(Cell cell, CatalogDatabase database) throws Exception {
        int updated = cell.sent(() -> inTransaction(RawQueries::executeRaw));

        assertThat(updated).isEqualTo(2);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(Cell cell) throws Exception {
        List<Object[]> rows = cell.sent(() -> inTransaction(RawQueries::parameterized));
        assertThat(rows).extracting(row -> row[0]).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("raw-returning-models")
    void rawReturningModels(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(RawQueries::rawReturningModels));
        assertThat(posts).extracting(Post::getTitle, Post::getViews)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hello SQL", 100),
                        org.assertj.core.groups.Tuple.tuple("ORMs in practice", 50));
    }
}
