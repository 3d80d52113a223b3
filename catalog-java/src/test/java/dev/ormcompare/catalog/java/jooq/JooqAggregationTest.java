package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.POST_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import java.math.BigDecimal;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;

class JooqAggregationTest extends JooqCells {

    @BeforeEach
    void insertBlog(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
    }

    @Topic("sum")
    void sum(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.sumViews(ctx))).isEqualByComparingTo(BigDecimal.valueOf(160));
    }

    @Topic("avg")
    void avg(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.avgViews(ctx))).isEqualByComparingTo(BigDecimal.valueOf(75));
    }

    @Topic("min-max")
    void minMax(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.minMax(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(0, 100);
    }

    @Topic("group-by")
    void groupBy(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.groupBy(ctx))).extracting(Record2::value1, Record2::value2)
                .containsExactly(tuple(false, 2), tuple(true, 2));
    }

    @Topic("having")
    void having(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.having(ctx))).containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(Cell cell) throws Exception {
        assertThat(cell.sent(() -> Aggregation.subquery(ctx)).getValues(POST_TITLE))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }
}
