package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries over one entity, in HQL (a superset of JPQL); each region runs in its caller's transaction. */
public final class Querying {

    /** A projection: the two columns select-fields reads. */
    public record TitleAndViews(String title, int views) {
    }

    private Querying() {
    }

    public static List<Post> filterWhere(EntityManager em) {
        // tag::filter-where[]
        List<Post> posts = em.createQuery("from Post where published = :published", Post.class)
                .setParameter("published", true)
                .getResultList();
        // end::filter-where[]
        return posts;
    }

    public static List<Post> orderBy(EntityManager em) {
        // tag::order-by[]
        List<Post> posts = em.createQuery("from Post order by views desc, title", Post.class)
                .getResultList();
        // end::order-by[]
        return posts;
    }

    public static List<TitleAndViews> selectFields(EntityManager em) {
        // tag::select-fields[]
        List<TitleAndViews> rows = em.createQuery("select title, views from Post order by id", TitleAndViews.class)
                .getResultList();
        // end::select-fields[]
        return rows;
    }

    public static List<Post> limitOffset(EntityManager em) {
        // tag::limit-offset[]
        List<Post> page = em.createQuery("from Post order by id", Post.class)
                .setFirstResult(1)   // OFFSET 1
                .setMaxResults(2)    // LIMIT 2
                .getResultList();
        // end::limit-offset[]
        return page;
    }

    public static long count(EntityManager em) {
        // tag::count[]
        long published = em.createQuery("select count(*) from Post where published", Long.class)
                .getSingleResult();
        // end::count[]
        return published;
    }

    public static List<Post> andOr(EntityManager em) {
        // tag::and-or[]
        List<Post> posts = em.createQuery("""
                from Post
                where published and (views >= :views or likes >= :likes)""", Post.class)
                .setParameter("views", 100)
                .setParameter("likes", 50)
                .getResultList();
        // end::and-or[]
        return posts;
    }

    public static List<Post> likeContains(EntityManager em) {
        // tag::like-contains[]
        List<Post> posts = em.createQuery("from Post where lower(title) like :pattern", Post.class)
                .setParameter("pattern", "%" + "sql".toLowerCase() + "%")
                .getResultList();
        // end::like-contains[]
        return posts;
    }

    public static List<Post> comparison(EntityManager em) {
        // tag::comparison[]
        List<Post> posts = em.createQuery("from Post where views between :low and :high and likes > :likes",
                        Post.class)
                .setParameter("low", 10)
                .setParameter("high", 100)
                .setParameter("likes", 5)
                .getResultList();
        // end::comparison[]
        return posts;
    }

    public static List<Post> in(EntityManager em) {
        // tag::in[]
        List<Post> posts = em.createQuery("from Post where id in :ids", Post.class)
                .setParameter("ids", List.of(1L, 3L))
                .getResultList();
        // end::in[]
        return posts;
    }

    public static List<String> distinct(EntityManager em) {
        // tag::distinct[]
        List<String> authors = em.createQuery("select distinct p.author.name from Post p", String.class)
                .getResultList();
        // end::distinct[]
        return authors;
    }

    public static boolean exists(EntityManager em, String email) {
        // tag::exists[]
        boolean exists = em.createQuery("select exists (from Author where email = :email)", Boolean.class)
                .setParameter("email", email)
                .getSingleResult();
        // end::exists[]
        return exists;
    }

    public static List<Post> compareFields(EntityManager em) {
        // tag::compare-fields[]
        List<Post> posts = em.createQuery("from Post where likes > views", Post.class)
                .getResultList();
        // end::compare-fields[]
        return posts;
    }
}
