package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.Cell;
import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;
import dev.ormcompare.catalog.java.hibernate.Aggregation.Group;
import dev.ormcompare.catalog.java.hibernate.Aggregation.Range;
import java.util.List;

@WithBlogData
class HibernateAggregationTest extends HibernateCells {

    @Topic("sum")
    void sum(Cell cell) throws Exception {
        assertThat(cell.sent(() -> inTransaction(Aggregation::sum))).isEqualTo(160);
    }

    @Topic("avg")
    void avg(Cell cell) throws Exception {
        assertThat(cell.sent(() -> inTransaction(Aggregation::avg))).isEqualTo(75.0);
    }

    @Topic("min-max")
    void minMax(Cell cell) throws Exception {
        assertThat(cell.sent(() -> inTransaction(Aggregation::minMax))).isEqualTo(new Range(0, 100));
    }

    @Topic("group-by")
    void groupBy(Cell cell) throws Exception {
        List<Group> groups = cell.sent(() -> inTransaction(Aggregation::groupBy));
        assertThat(groups).containsExactly(new Group(false, 2), new Group(true, 2));
    }

    @Topic("having")
    void having(Cell cell) throws Exception {
        assertThat(cell.sent(() -> inTransaction(Aggregation::having))).containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(Cell cell) throws Exception {
        List<Post> posts = cell.sent(() -> inTransaction(Aggregation::subquery));
        assertThat(posts).extracting(Post::getTitle).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }
}
