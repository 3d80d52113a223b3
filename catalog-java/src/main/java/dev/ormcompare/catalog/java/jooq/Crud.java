package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.excluded;

import org.jooq.DSLContext;
import org.jooq.Record;

/** Create, read, update, delete: each region is one statement, committed on its own (auto-commit). */
public final class Crud {

    private Crud() {
    }

    public static long insertOne(DSLContext ctx) {
        // tag::insert-one[]
        long id = ctx.insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                .values("Ada Lovelace", "ada@example.com")
                .returningResult(AUTHOR_ID)
                .fetchOne(AUTHOR_ID);
        // end::insert-one[]
        return id;
    }

    public static void insertMany(DSLContext ctx) {
        // tag::insert-many[]
        ctx.insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                .values("Ada Lovelace", "ada@example.com")
                .values("Grace Hopper", "grace@example.com")
                .values("Alan Turing", "alan@example.com")
                .execute();   // one INSERT with three rows
        // end::insert-many[]
    }

    public static Record fetchByPk(DSLContext ctx, long id) {
        // tag::fetch-by-pk[]
        Record author = ctx.selectFrom(AUTHORS).where(AUTHOR_ID.eq(id)).fetchOne();   // null when there is none
        // end::fetch-by-pk[]
        return author;
    }

    public static Record fetchFirstMatch(DSLContext ctx) {
        // tag::fetch-first-match[]
        Record post = ctx.selectFrom(POSTS)
                .where(POST_PUBLISHED.isTrue())
                .orderBy(POST_VIEWS.desc())
                .limit(1)
                .fetchOne();
        // end::fetch-first-match[]
        return post;
    }

    public static void updateOne(DSLContext ctx, long id) {
        // tag::update-one[]
        ctx.update(AUTHORS)
                .set(AUTHOR_NAME, "Ada King")
                .where(AUTHOR_ID.eq(id))
                .execute();
        // end::update-one[]
    }

    public static int updateMany(DSLContext ctx) {
        // tag::update-many[]
        int updated = ctx.update(POSTS)
                .set(POST_PUBLISHED, true)
                .where(POST_VIEWS.ge(50))
                .execute();
        // end::update-many[]
        return updated;
    }

    public static void upsert(DSLContext ctx) {
        // tag::upsert[]
        ctx.insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                .values("Ada King", "ada@example.com")
                .onConflict(AUTHOR_EMAIL)
                .doUpdate()
                .set(AUTHOR_NAME, excluded(AUTHOR_NAME))   // H2 gets a MERGE
                .execute();
        // end::upsert[]
    }

    public static void deleteOne(DSLContext ctx, long id) {
        // tag::delete-one[]
        ctx.deleteFrom(POSTS).where(POST_ID.eq(id)).execute();
        // end::delete-one[]
    }

    public static int deleteMany(DSLContext ctx) {
        // tag::delete-many[]
        int deleted = ctx.deleteFrom(POSTS)
                .where(POST_PUBLISHED.isFalse().and(POST_VIEWS.lt(20)))
                .execute();
        // end::delete-many[]
        return deleted;
    }

    public static void atomicIncrement(DSLContext ctx, long id) {
        // tag::atomic-increment[]
        ctx.update(POSTS)
                .set(POST_VIEWS, POST_VIEWS.plus(1))   // computed by the database, no read first
                .where(POST_ID.eq(id))
                .execute();
        // end::atomic-increment[]
    }
}
