package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Transactions: each region opens and ends its own through {@link DSLContext#transaction}. */
public final class Transactions {

    private Transactions() {
    }

    public static void basic(DSLContext ctx) {
        // tag::basic[]
        ctx.transaction(tx -> {
            long authorId = tx.dsl().insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                    .values("Ada Lovelace", "ada@example.com")
                    .returningResult(AUTHOR_ID).fetchOne(AUTHOR_ID);
            tx.dsl().insertInto(POSTS, POST_AUTHOR_ID, POST_TITLE).values(authorId, "Hello SQL").execute();
        });   // committed here; an exception rolls both back
        // end::basic[]
    }

    public static void rollback(DSLContext ctx) {
        // tag::rollback[]
        try {
            ctx.transaction(tx -> {
                tx.dsl().insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                        .values("Ada Lovelace", "ada@example.com").execute();
                tx.dsl().insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                        .values("Ada Impostor", "ada@example.com").execute();   // violates the unique email
            });
        } catch (DataAccessException e) {
            // rolled back: neither author is kept
        }
        // end::rollback[]
    }

    public static void savepoint(DSLContext ctx) {
        // tag::savepoint[]
        ctx.transaction(tx -> {
            tx.dsl().insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                    .values("Ada Lovelace", "ada@example.com").execute();
            try {
                tx.dsl().transaction(nested -> nested.dsl()   // a nested transaction is a savepoint
                        .insertInto(AUTHORS, AUTHOR_NAME, AUTHOR_EMAIL)
                        .values("Ada Impostor", "ada@example.com").execute());
            } catch (DataAccessException e) {
                // rolled back to the savepoint: Ada stays and is committed
            }
        });
        // end::savepoint[]
    }
}
