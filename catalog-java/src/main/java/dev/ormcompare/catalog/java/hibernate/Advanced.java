package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;

/** Window functions, CTEs, views and the metamodel; each query runs in its caller's transaction. */
public final class Advanced {

    /** A post's title and its rank among its author's posts. */
    public record Ranked(String title, long rank) {
    }

    /** An author's name and the total views of their posts. */
    public record AuthorViews(String name, long views) {
    }

    private Advanced() {
    }

    public static List<Ranked> windowFunctions(EntityManager em) {
        // tag::window-functions[]
        List<Ranked> ranked = em.createQuery("""
                select p.title, rank() over (partition by p.author order by p.views desc)
                from Post p
                order by p.id""", Ranked.class)
                .getResultList();
        // end::window-functions[]
        return ranked;
    }

    public static List<AuthorViews> cte(EntityManager em) {
        // tag::cte[]
        List<AuthorViews> rows = em.createQuery("""
                with totals as (
                    select p.author.id as authorId, sum(p.views) as views from Post p group by p.author.id
                )
                select a.name, t.views
                from Author a join totals t on t.authorId = a.id
                order by t.views desc""", AuthorViews.class)
                .getResultList();
        // end::cte[]
        return rows;
    }

    public static List<AuthorStats> databaseViews(EntityManager em) {
        // tag::database-views[]
        List<AuthorStats> stats = em.createQuery("from AuthorStats order by postCount desc, name",
                        AuthorStats.class)
                .getResultList();
        // end::database-views[]
        return stats;
    }

    public static List<String> introspect(EntityManagerFactory factory) {
        // tag::introspect[]
        EntityType<Post> post = factory.getMetamodel().entity(Post.class);
        List<String> columns = post.getAttributes().stream()
                .map(attribute -> attribute.getName() + ": " + attribute.getJavaType().getSimpleName())
                .sorted()
                .toList();
        // end::introspect[]
        return columns;
    }
}
