package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries across associations; each region runs in its caller's transaction. */
public final class Joins {

    /** A row of two columns from two tables. */
    public record TitleAndAuthor(String title, String author) {
    }

    /** An author's name and a number computed over their posts. */
    public record AuthorTotal(String name, long total) {
    }

    private Joins() {
    }

    public static List<Post> fetchRelated(EntityManager em) {
        // tag::fetch-related[]
        List<Post> posts = em.createQuery("from Post p join fetch p.author order by p.id", Post.class)
                .getResultList();
        posts.forEach(post -> post.getAuthor().getName());   // loaded already: no extra query
        // end::fetch-related[]
        return posts;
    }

    public static List<Post> filterByRelated(EntityManager em) {
        // tag::filter-by-related[]
        List<Post> posts = em.createQuery("from Post p where p.author.email = :email", Post.class)
                .setParameter("email", "ada@example.com")
                .getResultList();
        // end::filter-by-related[]
        return posts;
    }

    public static List<TitleAndAuthor> innerJoin(EntityManager em) {
        // tag::inner-join[]
        List<TitleAndAuthor> rows = em.createQuery("""
                select p.title, a.name
                from Post p join p.author a
                order by p.id""", TitleAndAuthor.class)
                .getResultList();
        // end::inner-join[]
        return rows;
    }

    public static List<TitleAndAuthor> leftJoin(EntityManager em) {
        // tag::left-join[]
        List<TitleAndAuthor> rows = em.createQuery("""
                select p.title, a.name
                from Author a left join a.posts p
                order by a.id, p.id""", TitleAndAuthor.class)
                .getResultList();   // an author without posts comes with a null title
        // end::left-join[]
        return rows;
    }

    public static List<Author> nestedRelations(EntityManager em) {
        // tag::nested-relations[]
        List<Author> authors = em.createQuery("""
                select distinct a from Author a
                left join fetch a.posts p
                left join fetch p.tags
                order by a.id""", Author.class)
                .getResultList();   // authors, their posts and each post's tags in one query
        // end::nested-relations[]
        return authors;
    }

    public static List<AuthorTotal> aggregateGroupBy(EntityManager em) {
        // tag::aggregate-group-by[]
        List<AuthorTotal> totals = em.createQuery("""
                select a.name, sum(p.views)
                from Post p join p.author a
                group by a.name
                order by a.name""", AuthorTotal.class)
                .getResultList();
        // end::aggregate-group-by[]
        return totals;
    }

    public static List<AuthorTotal> countRelated(EntityManager em) {
        // tag::count-related[]
        List<AuthorTotal> counts = em.createQuery("""
                select a.name, count(p)
                from Author a left join a.posts p
                group by a.id, a.name
                order by a.id""", AuthorTotal.class)
                .getResultList();
        // end::count-related[]
        return counts;
    }
}
