package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Result;
import org.jooq.Table;

/** Without code generation jOOQ knows no associations: a relation is the join (or MULTISET) a query spells out. */
public final class Relations {

    /** An author and the titles of their posts. */
    public record AuthorPosts(String name, List<String> titles) {
    }

    private Relations() {
    }

    public static List<AuthorPosts> oneToMany(DSLContext ctx) {
        // tag::one-to-many[]
        List<AuthorPosts> authors = ctx.select(AUTHOR_NAME,
                        multiset(select(POST_TITLE).from(POSTS).where(POST_AUTHOR_ID.eq(AUTHOR_ID)).orderBy(POST_ID))
                                .convertFrom(titles -> titles.map(Record1::value1)))
                .from(AUTHORS)
                .orderBy(AUTHOR_ID)
                .fetch(Records.mapping(AuthorPosts::new));   // each author with a List of titles
        // end::one-to-many[]
        return authors;
    }

    public static List<String> manyToMany(DSLContext ctx, long postId) {
        // tag::many-to-many[]
        List<String> tags = ctx.select(TAG_NAME)
                .from(TAGS)
                .join(POST_TAGS).on(POST_TAG_TAG_ID.eq(TAG_ID))
                .where(POST_TAG_POST_ID.eq(postId))
                .orderBy(TAG_NAME)
                .fetch(TAG_NAME);
        // end::many-to-many[]
        return tags;
    }

    public static Result<Record2<String, String>> oneToOne(DSLContext ctx) {
        // tag::one-to-one[]
        Result<Record2<String, String>> authors = ctx.select(AUTHOR_NAME, PROFILE_BIO)
                .from(AUTHORS)
                .leftJoin(PROFILES).on(PROFILE_AUTHOR_ID.eq(AUTHOR_ID))   // at most one profile each
                .orderBy(AUTHOR_ID)
                .fetch();
        // end::one-to-one[]
        return authors;
    }

    public static Result<Record2<String, String>> selfReferential(DSLContext ctx) {
        // tag::self-referential[]
        Table<?> child = CATEGORIES.as("child");
        Table<?> parent = CATEGORIES.as("parent");
        Result<Record2<String, String>> categories = ctx
                .select(field(name("child", "name"), String.class), field(name("parent", "name"), String.class))
                .from(child)
                .leftJoin(parent).on(field(name("child", "parent_id")).eq(field(name("parent", "id"))))
                .orderBy(field(name("child", "id")))
                .fetch();
        // end::self-referential[]
        return categories;
    }
}
