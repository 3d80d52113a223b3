package dev.ormcompare.catalog.java.jdbi;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Aggregates in SQL, read as single values or small records. */
public final class Aggregation {

    /** The smallest and largest view counts. */
    public record Range(int min, int max) {
    }

    /** A group's key and its number of rows. */
    public record Group(boolean published, long posts) {
    }

    private Aggregation() {
    }

    public static long sum(Handle handle) {
        // tag::sum[]
        long views = handle.createQuery("SELECT SUM(views) FROM posts").mapTo(Long.class).one();
        // end::sum[]
        return views;
    }

    public static double avg(Handle handle) {
        // tag::avg[]
        double average = handle.createQuery("SELECT AVG(views) FROM posts WHERE published")
                .mapTo(Double.class)
                .one();
        // end::avg[]
        return average;
    }

    public static Range minMax(Handle handle) {
        // tag::min-max[]
        Range range = handle.createQuery("SELECT MIN(views) AS low, MAX(views) AS high FROM posts")
                .map((rs, ctx) -> new Range(rs.getInt("low"), rs.getInt("high")))
                .one();
        // end::min-max[]
        return range;
    }

    public static List<Group> groupBy(Handle handle) {
        // tag::group-by[]
        List<Group> groups = handle.createQuery("""
                        SELECT published, COUNT(*) AS posts FROM posts
                        GROUP BY published ORDER BY published""")
                .map((rs, ctx) -> new Group(rs.getBoolean("published"), rs.getLong("posts")))
                .list();
        // end::group-by[]
        return groups;
    }

    public static List<String> having(Handle handle) {
        // tag::having[]
        List<String> prolific = handle.createQuery("""
                        SELECT a.name FROM posts p JOIN authors a ON a.id = p.author_id
                        GROUP BY a.name HAVING SUM(p.views) > :views""")
                .bind("views", 100)
                .mapTo(String.class)
                .list();
        // end::having[]
        return prolific;
    }

    public static List<Post> subquery(Handle handle) {
        // tag::subquery[]
        List<Post> aboveAverage = handle.createQuery("SELECT * FROM posts WHERE views > (SELECT AVG(views) FROM posts)")
                .mapTo(Post.class)
                .list();
        // end::subquery[]
        return aboveAverage;
    }
}
