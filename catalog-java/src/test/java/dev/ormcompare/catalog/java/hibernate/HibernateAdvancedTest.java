package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import dev.ormcompare.catalog.java.hibernate.Advanced.AuthorViews;
import dev.ormcompare.catalog.java.hibernate.Advanced.Ranked;
import java.util.List;

@WithBlogData
class HibernateAdvancedTest extends HibernateCells {

    @Topic("window-functions")
    void windowFunctions(Cell cell) throws Exception {
        List<Ranked> ranked = cell.sent(() -> inTransaction(Advanced::windowFunctions));
        assertThat(ranked).containsExactly(new Ranked("Hello SQL", 1), new Ranked("ORMs in practice", 2),
                new Ranked("Compilers", 1), new Ranked("Draft notes", 2));
    }

    @Topic("cte")
    void cte(Cell cell) throws Exception {
        List<AuthorViews> rows = cell.sent(() -> inTransaction(Advanced::cte));
        assertThat(rows).containsExactly(new AuthorViews("Ada Lovelace", 150), new AuthorViews("Grace Hopper", 10));
    }

    @Topic("database-views")
    void databaseViews(Cell cell) throws Exception {
        List<AuthorStats> stats = cell.sent(() -> inTransaction(Advanced::databaseViews));
        assertThat(stats).extracting(AuthorStats::getName, AuthorStats::getPostCount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ada Lovelace", 2L),
                org.assertj.core.groups.Tuple.tuple("Grace Hopper", 2L),
                org.assertj.core.groups.Tuple.tuple("Alan Turing", 0L));
    }

    @Topic("introspect")
    void introspect(Cell cell) throws Exception {
        List<String> attributes = cell.sent(() -> Advanced.introspect(factory));
        assertThat(attributes).contains("title: String", "views: int", "publishedOn: LocalDate", "author: Author");
    }
}
