package dev.ormcompare.catalog.java.jooq;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** Plain SQL through jOOQ: strings with {@code ?} bind values, results as records or mapped classes. */
public final class RawQueries {

    /** A post as a plain Java record, filled by column name. */
    public record Post(long id, String title, int views) {
    }

    private RawQueries() {
    }

    public static int executeRaw(DSLContext ctx) {
        // tag::execute-raw[]
        int updated = ctx.execute("UPDATE posts SET views = 0 WHERE NOT published");
        // end::execute-raw[]
        return updated;
    }

    public static Result<Record> parameterized(DSLContext ctx) {
        // tag::parameterized[]
        Result<Record> rows = ctx.fetch("SELECT title, views FROM posts WHERE author_id = ? AND views > ?",
                1L, 20);   // values are bound, never concatenated
        // end::parameterized[]
        return rows;
    }

    public static List<Post> rawReturningModels(DSLContext ctx) {
        // tag::raw-returning-models[]
        List<Post> posts = ctx.fetch("SELECT id, title, views FROM posts WHERE published ORDER BY id")
                .into(Post.class);
        // end::raw-returning-models[]
        return posts;
    }
}
