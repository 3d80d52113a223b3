package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Result;

/** Queries across tables: explicit joins, nested rows and MULTISET for nested collections. */
public final class Joins {

    /** An author as a nested value of a row. */
    public record Author(String name, String email) {
    }

    /** A post's title with its author. */
    public record PostWithAuthor(String title, Author author) {
    }

    /** A post's title with its tags. */
    public record PostTags(String title, List<String> tags) {
    }

    /** An author with their posts, each with its tags. */
    public record AuthorPosts(String name, List<PostTags> posts) {
    }

    private Joins() {
    }

    public static List<PostWithAuthor> fetchRelated(DSLContext ctx) {
        // tag::fetch-related[]
        List<PostWithAuthor> posts = ctx.select(POST_TITLE, row(AUTHOR_NAME, AUTHOR_EMAIL).mapping(Author::new))
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .orderBy(POST_ID)
                .fetch(Records.mapping(PostWithAuthor::new));   // one query, authors nested
        // end::fetch-related[]
        return posts;
    }

    public static List<String> filterByRelated(DSLContext ctx) {
        // tag::filter-by-related[]
        List<String> titles = ctx.select(POST_TITLE)
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .where(AUTHOR_EMAIL.eq("ada@example.com"))
                .fetch(POST_TITLE);
        // end::filter-by-related[]
        return titles;
    }

    public static Result<Record2<String, String>> innerJoin(DSLContext ctx) {
        // tag::inner-join[]
        Result<Record2<String, String>> rows = ctx.select(POST_TITLE, AUTHOR_NAME)
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .orderBy(POST_ID)
                .fetch();
        // end::inner-join[]
        return rows;
    }

    public static Result<Record2<String, String>> leftJoin(DSLContext ctx) {
        // tag::left-join[]
        Result<Record2<String, String>> rows = ctx.select(POST_TITLE, AUTHOR_NAME)
                .from(AUTHORS)
                .leftJoin(POSTS).on(POST_AUTHOR_ID.eq(AUTHOR_ID))
                .orderBy(AUTHOR_ID, POST_ID)
                .fetch();   // an author without posts comes with a null title
        // end::left-join[]
        return rows;
    }

    public static List<AuthorPosts> nestedRelations(DSLContext ctx) {
        // tag::nested-relations[]
        List<AuthorPosts> authors = ctx.select(AUTHOR_NAME, multiset(
                        select(POST_TITLE, multiset(
                                select(TAG_NAME).from(TAGS)
                                        .join(POST_TAGS).on(POST_TAG_TAG_ID.eq(TAG_ID))
                                        .where(POST_TAG_POST_ID.eq(POST_ID)).orderBy(TAG_NAME))
                                .convertFrom(tags -> tags.map(Record1::value1)))
                        .from(POSTS).where(POST_AUTHOR_ID.eq(AUTHOR_ID)).orderBy(POST_ID))
                        .convertFrom(posts -> posts.map(Records.mapping(PostTags::new))))
                .from(AUTHORS)
                .orderBy(AUTHOR_ID)
                .fetch(Records.mapping(AuthorPosts::new));   // authors, posts and tags in one query
        // end::nested-relations[]
        return authors;
    }

    public static Result<Record2<String, BigDecimal>> aggregateGroupBy(DSLContext ctx) {
        // tag::aggregate-group-by[]
        Result<Record2<String, BigDecimal>> totals = ctx.select(AUTHOR_NAME, sum(POST_VIEWS))
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .groupBy(AUTHOR_NAME)
                .orderBy(AUTHOR_NAME)
                .fetch();
        // end::aggregate-group-by[]
        return totals;
    }

    public static Result<Record2<String, Integer>> countRelated(DSLContext ctx) {
        // tag::count-related[]
        Result<Record2<String, Integer>> counts = ctx.select(AUTHOR_NAME, count(POST_ID))
                .from(AUTHORS)
                .leftJoin(POSTS).on(POST_AUTHOR_ID.eq(AUTHOR_ID))
                .groupBy(AUTHOR_ID, AUTHOR_NAME)
                .orderBy(AUTHOR_ID)
                .fetch();
        // end::count-related[]
        return counts;
    }
}
