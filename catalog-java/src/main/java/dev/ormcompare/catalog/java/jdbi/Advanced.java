package dev.ormcompare.catalog.java.jdbi;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Raw statements, window functions, common table expressions and views: JDBI passes the SQL through. */
public final class Advanced {

    /** A post's title and its rank among its author's posts. */
    public record Ranked(String title, long rank) {
    }

    private Advanced() {
    }

    public static int executeRaw(Handle handle) {
        // tag::execute-raw[]
        int updated = handle.execute("UPDATE posts SET views = 0 WHERE NOT published");
        // end::execute-raw[]
        return updated;
    }

    public static List<Map<String, Object>> parameterized(Handle handle) {
        // tag::parameterized[]
        List<Map<String, Object>> rows = handle.createQuery(
                        "SELECT title, views FROM posts WHERE author_id = :author AND views > :views")
                .bind("author", 1L)
                .bind("views", 20)   // values are bound, never concatenated
                .mapToMap()
                .list();
        // end::parameterized[]
        return rows;
    }

    public static List<Post> rawReturningModels(Handle handle) {
        // tag::raw-returning-models[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts WHERE published ORDER BY id")
                .mapTo(Post.class)   // the ConstructorMapper registered for Post
                .list();
        // end::raw-returning-models[]
        return posts;
    }

    public static List<Ranked> windowFunctions(Handle handle) {
        // tag::window-functions[]
        List<Ranked> ranked = handle.createQuery("""
                        SELECT title, RANK() OVER (PARTITION BY author_id ORDER BY views DESC) AS rank
                        FROM posts ORDER BY id""")
                .map((rs, ctx) -> new Ranked(rs.getString("title"), rs.getLong("rank")))
                .list();
        // end::window-functions[]
        return ranked;
    }

    public static List<Joins.NameTotal> cte(Handle handle) {
        // tag::cte[]
        List<Joins.NameTotal> rows = handle.createQuery("""
                        WITH totals AS (SELECT author_id, SUM(views) AS views FROM posts GROUP BY author_id)
                        SELECT a.name, t.views FROM authors a JOIN totals t ON t.author_id = a.id
                        ORDER BY t.views DESC""")
                .map((rs, ctx) -> new Joins.NameTotal(rs.getString("name"), rs.getLong("views")))
                .list();
        // end::cte[]
        return rows;
    }

    public static List<Joins.NameTotal> databaseViews(Handle handle) {
        // tag::database-views[]
        List<Joins.NameTotal> stats = handle.createQuery(
                        "SELECT name, post_count FROM author_stats ORDER BY post_count DESC, name")
                .map((rs, ctx) -> new Joins.NameTotal(rs.getString("name"), rs.getLong("post_count")))
                .list();   // a view is queried like a table
        // end::database-views[]
        return stats;
    }
}
