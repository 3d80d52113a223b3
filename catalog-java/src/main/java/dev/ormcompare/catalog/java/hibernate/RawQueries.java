package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Native SQL through the EntityManager; each region runs in its caller's transaction. */
public final class RawQueries {

    private RawQueries() {
    }

    public static int executeRaw(EntityManager em) {
        // tag::execute-raw[]
        int updated = em.createNativeQuery("UPDATE posts SET views = 0 WHERE NOT published")
                .executeUpdate();
        // end::execute-raw[]
        return updated;
    }

    public static List<Object[]> parameterized(EntityManager em) {
        // tag::parameterized[]
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT title, views FROM posts WHERE author_id = ?1 AND views > ?2", Object[].class)
                .setParameter(1, 1L)
                .setParameter(2, 20)
                .getResultList();   // values are bound, never concatenated
        // end::parameterized[]
        return rows;
    }

    public static List<Post> rawReturningModels(EntityManager em) {
        // tag::raw-returning-models[]
        List<Post> posts = em.createNativeQuery("SELECT * FROM posts WHERE published ORDER BY id", Post.class)
                .getResultList();   // managed Post entities
        // end::raw-returning-models[]
        return posts;
    }
}
