package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;

class JooqQueryingTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("filter-where")
    void filterWhere(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.filterWhere(ctx)).getValues(POST_TITLE))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.orderBy(ctx)).getValues(POST_TITLE))
                .containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.selectFields(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple("Hello SQL", 100), tuple("ORMs in practice", 50), tuple("Compilers", 10),
                        tuple("Draft notes", 0));
    }

    @Topic("limit-offset")
    void limitOffset(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.limitOffset(ctx)).getValues(POST_ID)).containsExactly(2L, 3L);
    }

    @Topic("count")
    void count(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.count(ctx))).isEqualTo(2);
    }

    @Topic("and-or")
    void andOr(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.andOr(ctx)).getValues(POST_TITLE))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.likeContains(ctx)).getValues(POST_TITLE)).containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.comparison(ctx)).getValues(POST_TITLE))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.in(ctx)).getValues(POST_TITLE))
                .containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.distinct(ctx))).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.existsPublished(ctx)).getValues(AUTHOR_NAME)).containsExactly("Ada Lovelace");
    }

    @Topic("compare-fields")
    void compareFields(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Querying.compareFields(ctx)).getValues(POST_TITLE))
                .containsExactly("ORMs in practice");
    }
}
