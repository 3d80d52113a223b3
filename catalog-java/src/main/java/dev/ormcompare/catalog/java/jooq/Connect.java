package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.AUTHORS;
import static dev.ormcompare.catalog.java.jooq.Blog.AUTHOR_EMAIL;
import static dev.ormcompare.catalog.java.jooq.Blog.AUTHOR_ID;
import static dev.ormcompare.catalog.java.jooq.Blog.AUTHOR_NAME;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** A DSLContext over the application's DataSource, and DDL from the declared fields. */
public final class Connect {

    private Connect() {
    }

    public static DSLContext connect(DataSource dataSource) {
        // tag::connect[]
        DSLContext ctx = DSL.using(dataSource, SQLDialect.H2);   // borrows a connection per statement
        // end::connect[]
        return ctx;
    }

    public static void syncSchema(DSLContext ctx) {
        // tag::sync-schema[]
        ctx.createTableIfNotExists(AUTHORS)
                .columns(AUTHOR_ID, AUTHOR_NAME, AUTHOR_EMAIL)   // types, nullability, identity as declared
                .primaryKey(AUTHOR_ID)
                .unique(AUTHOR_EMAIL)
                .execute();
        // end::sync-schema[]
    }
}
