package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;

/** Window functions, common table expressions, views and the database's metadata. */
public final class Advanced {

    private Advanced() {
    }

    public static Result<Record2<String, Integer>> windowFunctions(DSLContext ctx) {
        // tag::window-functions[]
        Result<Record2<String, Integer>> ranked = ctx
                .select(POST_TITLE, rank().over(partitionBy(POST_AUTHOR_ID).orderBy(POST_VIEWS.desc())))
                .from(POSTS)
                .orderBy(POST_ID)
                .fetch();
        // end::window-functions[]
        return ranked;
    }

    public static Result<Record2<String, BigDecimal>> cte(DSLContext ctx) {
        // tag::cte[]
        CommonTableExpression<Record2<Long, BigDecimal>> totals = name("totals").fields("author_id", "views")
                .as(select(POST_AUTHOR_ID, sum(POST_VIEWS)).from(POSTS).groupBy(POST_AUTHOR_ID));
        Field<BigDecimal> views = totals.field("views", BigDecimal.class);
        Result<Record2<String, BigDecimal>> rows = ctx.with(totals)
                .select(AUTHOR_NAME, views)
                .from(AUTHORS)
                .join(totals).on(totals.field("author_id", Long.class).eq(AUTHOR_ID))
                .orderBy(views.desc())
                .fetch();
        // end::cte[]
        return rows;
    }

    public static Result<Record> databaseViews(DSLContext ctx) {
        // tag::database-views[]
        Result<Record> stats = ctx.selectFrom(AUTHOR_STATS)   // a view is queried like a table
                .orderBy(AUTHOR_STATS_POST_COUNT.desc(), AUTHOR_STATS_NAME)
                .fetch();
        // end::database-views[]
        return stats;
    }

    public static List<String> introspect(DSLContext ctx) {
        // tag::introspect[]
        List<String> columns = ctx.meta().getTables("posts").get(0).fieldStream()   // JDBC's DatabaseMetaData
                .map(field -> field.getName() + ": " + field.getDataType().getTypeName())
                .toList();
        // end::introspect[]
        return columns;
    }
}
