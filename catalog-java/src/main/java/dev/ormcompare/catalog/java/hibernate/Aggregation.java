package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Aggregates in HQL; each region runs in its caller's transaction. */
public final class Aggregation {

    /** The smallest and largest view counts. */
    public record Range(int min, int max) {
    }

    /** A group's key and its number of rows. */
    public record Group(boolean published, long posts) {
    }

    private Aggregation() {
    }

    public static long sum(EntityManager em) {
        // tag::sum[]
        Long views = em.createQuery("select sum(views) from Post", Long.class).getSingleResult();
        // end::sum[]
        return views;
    }

    public static double avg(EntityManager em) {
        // tag::avg[]
        Double average = em.createQuery("select avg(views) from Post where published", Double.class)
                .getSingleResult();
        // end::avg[]
        return average;
    }

    public static Range minMax(EntityManager em) {
        // tag::min-max[]
        Range range = em.createQuery("select min(views), max(views) from Post", Range.class)
                .getSingleResult();
        // end::min-max[]
        return range;
    }

    public static List<Group> groupBy(EntityManager em) {
        // tag::group-by[]
        List<Group> groups = em.createQuery("""
                select published, count(*)
                from Post
                group by published
                order by published""", Group.class)
                .getResultList();
        // end::group-by[]
        return groups;
    }

    public static List<String> having(EntityManager em) {
        // tag::having[]
        List<String> prolific = em.createQuery("""
                select p.author.name
                from Post p
                group by p.author.name
                having sum(p.views) > :views""", String.class)
                .setParameter("views", 100)
                .getResultList();
        // end::having[]
        return prolific;
    }

    public static List<Post> subquery(EntityManager em) {
        // tag::subquery[]
        List<Post> aboveAverage = em.createQuery("""
                from Post
                where views > (select avg(views) from Post)""", Post.class)
                .getResultList();
        // end::subquery[]
        return aboveAverage;
    }
}
