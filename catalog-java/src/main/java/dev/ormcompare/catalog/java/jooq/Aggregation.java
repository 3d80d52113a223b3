package dev.ormcompare.catalog.java.jooq;

import static dev.ormcompare.catalog.java.jooq.Blog.*;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;

/** Aggregate functions; jOOQ types SUM and AVG as BigDecimal. */
public final class Aggregation {

    private Aggregation() {
    }

    public static BigDecimal sumViews(DSLContext ctx) {
        // tag::sum[]
        BigDecimal views = ctx.fetchValue(select(sum(POST_VIEWS)).from(POSTS));
        // end::sum[]
        return views;
    }

    public static BigDecimal avgViews(DSLContext ctx) {
        // tag::avg[]
        BigDecimal average = ctx.fetchValue(select(avg(POST_VIEWS)).from(POSTS).where(POST_PUBLISHED.isTrue()));
        // end::avg[]
        return average;
    }

    public static Record2<Integer, Integer> minMax(DSLContext ctx) {
        // tag::min-max[]
        Record2<Integer, Integer> range = ctx.select(min(POST_VIEWS), max(POST_VIEWS))
                .from(POSTS)
                .fetchSingle();
        // end::min-max[]
        return range;
    }

    public static Result<Record2<Boolean, Integer>> groupBy(DSLContext ctx) {
        // tag::group-by[]
        Result<Record2<Boolean, Integer>> groups = ctx.select(POST_PUBLISHED, count())
                .from(POSTS)
                .groupBy(POST_PUBLISHED)
                .orderBy(POST_PUBLISHED)
                .fetch();
        // end::group-by[]
        return groups;
    }

    public static List<String> having(DSLContext ctx) {
        // tag::having[]
        List<String> prolific = ctx.select(AUTHOR_NAME)
                .from(POSTS)
                .join(AUTHORS).on(AUTHOR_ID.eq(POST_AUTHOR_ID))
                .groupBy(AUTHOR_NAME)
                .having(sum(POST_VIEWS).gt(BigDecimal.valueOf(100)))
                .fetch(AUTHOR_NAME);
        // end::having[]
        return prolific;
    }

    public static Result<Record> subquery(DSLContext ctx) {
        // tag::subquery[]
        Result<Record> aboveAverage = ctx.selectFrom(POSTS)
                .where(POST_VIEWS.coerce(BigDecimal.class).gt(select(avg(POST_VIEWS)).from(POSTS)))
                .fetch();
        // end::subquery[]
        return aboveAverage;
    }
}
