package dev.ormcompare.catalog.java.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.jdbi.Querying.TitleAndViews;
import java.util.List;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.BeforeEach;

class JdbiQueryingTest extends JdbiCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    private static List<String> sentTitles(Cell cell, HandleCallback<List<Post>, RuntimeException> region)
            throws Exception {
        List<Post> posts = cell.sent(() -> withHandle(region));
        return titles(posts);
    }

    @Topic("filter-where")
    void filterWhere(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::filterWhere)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::orderBy))
                .containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(Cell cell) throws Exception {
        List<TitleAndViews> rows = cell.sent(() -> withHandle(Querying::selectFields));
        assertThat(rows).containsExactly(new TitleAndViews("Hello SQL", 100),
                new TitleAndViews("ORMs in practice", 50), new TitleAndViews("Compilers", 10),
                new TitleAndViews("Draft notes", 0));
    }

    @Topic("limit-offset")
    void limitOffset(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::limitOffset)).containsExactly("ORMs in practice", "Compilers");
    }

    @Topic("count")
    void count(Cell cell) throws Exception {
        long count = cell.sent(() -> withHandle(Querying::count));
        assertThat(count).isEqualTo(2);
    }

    @Topic("and-or")
    void andOr(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::andOr)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::likeContains)).containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::comparison)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::in)).containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(Cell cell) throws Exception {
        List<String> names = cell.sent(() -> withHandle(Querying::distinct));
        assertThat(names).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(Cell cell) throws Exception {
        List<Author> authors = cell.sent(() -> withHandle(Querying::exists));
        assertThat(authors).extracting(Author::name).containsExactly("Ada Lovelace");
    }

    @Topic("compare-fields")
    void compareFields(Cell cell) throws Exception {
        assertThat(sentTitles(cell, Querying::compareFields)).containsExactly("ORMs in practice");
    }
}
