package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;

/** Queries over one table, built from the fields in {@link Blog}. */
public final class Querying {

    private Querying() {
    }

    public static Result<Record> filterWhere(DSLContext ctx) {
        // tag::filter-where[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_PUBLISHED.eq(true))
                .fetch();
        // end::filter-where[]
        return posts;
    }

    public static Result<Record> orderBy(DSLContext ctx) {
        // tag::order-by[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .orderBy(POST_VIEWS.desc(), POST_TITLE)
                .fetch();
        // end::order-by[]
        return posts;
    }

    public static Result<Record2<String, Integer>> selectFields(DSLContext ctx) {
        // tag::select-fields[]
        Result<Record2<String, Integer>> rows = ctx.select(POST_TITLE, POST_VIEWS)
                .from(POSTS)
                .orderBy(POST_ID)
                .fetch();
        // end::select-fields[]
        return rows;
    }

    public static Result<Record> limitOffset(DSLContext ctx) {
        // tag::limit-offset[]
        Result<Record> page = ctx.selectFrom(POSTS)
                .orderBy(POST_ID)
                .limit(2)
                .offset(1)
                .fetch();
        // end::limit-offset[]
        return page;
    }

    public static int count(DSLContext ctx) {
        // tag::count[]
        int published = ctx.fetchCount(POSTS, POST_PUBLISHED.isTrue());
        // end::count[]
        return published;
    }

    public static Result<Record> andOr(DSLContext ctx) {
        // tag::and-or[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_PUBLISHED.isTrue())
                .and(POST_VIEWS.ge(100).or(POST_LIKES.ge(50)))
                .fetch();
        // end::and-or[]
        return posts;
    }

    public static Result<Record> likeContains(DSLContext ctx) {
        // tag::like-contains[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_TITLE.containsIgnoreCase("sql"))   // escapes % and _ in the value
                .fetch();
        // end::like-contains[]
        return posts;
    }

    public static Result<Record> comparison(DSLContext ctx) {
        // tag::comparison[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_VIEWS.between(10, 100))
                .and(POST_LIKES.gt(5))
                .fetch();
        // end::comparison[]
        return posts;
    }

    public static Result<Record> in(DSLContext ctx) {
        // tag::in[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_ID.in(1L, 3L))
                .fetch();
        // end::in[]
        return posts;
    }

    public static List<String> distinct(DSLContext ctx) {
        // tag::distinct[]
        List<String> authors = ctx.selectDistinct(AUTHOR_NAME)
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .fetch(AUTHOR_NAME);
        // end::distinct[]
        return authors;
    }

    public static Result<Record> existsPublished(DSLContext ctx) {
        // tag::exists[]
        Result<Record> authors = ctx.selectFrom(AUTHORS)
                .where(exists(selectOne()
                        .from(POSTS)
                        .where(POST_AUTHOR_ID.eq(AUTHOR_ID))
                        .and(POST_PUBLISHED.isTrue())))
                .fetch();
        // end::exists[]
        return authors;
    }

    public static Result<Record> compareFields(DSLContext ctx) {
        // tag::compare-fields[]
        Result<Record> posts = ctx.selectFrom(POSTS)
                .where(POST_LIKES.gt(POST_VIEWS))
                .fetch();
        // end::compare-fields[]
        return posts;
    }
}
