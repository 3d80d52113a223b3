package dev.ormcompare.catalog.java.hibernate;

import static dev.ormcompare.catalog.java.hibernate.PostTitles.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import dev.ormcompare.catalog.java.hibernate.Querying.TitleAndViews;
import java.util.List;

@WithBlogData
class HibernateQueryingTest extends HibernateCells {

    @Topic("filter-where")
    void filterWhere(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::filterWhere));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::orderBy));
        assertThat(titles(posts)).containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(Cell cell) throws Exception {
        List<TitleAndViews> rows = cell.sent(() -> inTransaction(Querying::selectFields));
        assertThat(rows).containsExactly(new TitleAndViews("Hello SQL", 100), new TitleAndViews("ORMs in practice", 50),
                new TitleAndViews("Compilers", 10), new TitleAndViews("Draft notes", 0));
    }

    @Topic("limit-offset")
    void limitOffset(Cell cell) throws Exception {
        List<Post> page = cell.sent(() -> inTransaction(Querying::limitOffset));
        assertThat(titles(page)).containsExactly("ORMs in practice", "Compilers");
    }

    @Topic("count")
    void count(Cell cell) throws Exception {
        long published = cell.sent(() -> inTransaction(Querying::count));
        assertThat(published).isEqualTo(2);
    }

    @Topic("and-or")
    void andOr(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::andOr));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::likeContains));
        assertThat(titles(posts)).containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::comparison));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::in));
        assertThat(titles(posts)).containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(Cell cell) throws Exception {
        List<String> authors = cell.sent(() -> inTransaction(Querying::distinct));
        assertThat(authors).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(Cell cell) throws Exception {
        boolean ada = cell.sent(() -> inTransaction(em -> Querying.exists(em, "ada@example.com")));
        assertThat(ada).isTrue();
        boolean nobody = inTransaction(em -> Querying.exists(em, "nobody@example.com"));
        assertThat(nobody).isFalse();
    }

    @Topic("compare-fields")
    void compareFields(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Querying::compareFields));
        assertThat(titles(posts)).containsExactly("ORMs in practice");
    }
}
