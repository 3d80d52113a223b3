package dev.ormcompare.catalog.java.jdbi;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Queries over one table: SQL with named parameters, rows mapped to records. */
public final class Querying {

    /** The two columns select-fields reads. */
    public record TitleAndViews(String title, int views) {
    }

    private Querying() {
    }

    public static List<Post> filterWhere(Handle handle) {
        // tag::filter-where[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts WHERE published = :published")
                .bind("published", true)
                .mapTo(Post.class)
                .list();
        // end::filter-where[]
        return posts;
    }

    public static List<Post> orderBy(Handle handle) {
        // tag::order-by[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts ORDER BY views DESC, title")
                .mapTo(Post.class)
                .list();
        // end::order-by[]
        return posts;
    }

    public static List<TitleAndViews> selectFields(Handle handle) {
        // tag::select-fields[]
        List<TitleAndViews> rows = handle.createQuery("SELECT title, views FROM posts ORDER BY id")
                .map((rs, ctx) -> new TitleAndViews(rs.getString("title"), rs.getInt("views")))
                .list();
        // end::select-fields[]
        return rows;
    }

    public static List<Post> limitOffset(Handle handle) {
        // tag::limit-offset[]
        List<Post> page = handle.createQuery("SELECT * FROM posts ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", 2)
                .bind("offset", 1)
                .mapTo(Post.class)
                .list();
        // end::limit-offset[]
        return page;
    }

    public static long count(Handle handle) {
        // tag::count[]
        long published = handle.createQuery("SELECT COUNT(*) FROM posts WHERE published")
                .mapTo(Long.class)
                .one();
        // end::count[]
        return published;
    }

    public static List<Post> andOr(Handle handle) {
        // tag::and-or[]
        List<Post> posts = handle.createQuery(
                        "SELECT * FROM posts WHERE published AND (views >= :views OR likes >= :likes)")
                .bind("views", 100)
                .bind("likes", 50)
                .mapTo(Post.class)
                .list();
        // end::and-or[]
        return posts;
    }

    public static List<Post> likeContains(Handle handle) {
        // tag::like-contains[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts WHERE LOWER(title) LIKE :pattern")
                .bind("pattern", "%" + "SQL".toLowerCase() + "%")
                .mapTo(Post.class)
                .list();
        // end::like-contains[]
        return posts;
    }

    public static List<Post> comparison(Handle handle) {
        // tag::comparison[]
        List<Post> posts = handle.createQuery(
                        "SELECT * FROM posts WHERE views BETWEEN :low AND :high AND likes > :likes")
                .bind("low", 10)
                .bind("high", 100)
                .bind("likes", 5)
                .mapTo(Post.class)
                .list();
        // end::comparison[]
        return posts;
    }

    public static List<Post> in(Handle handle) {
        // tag::in[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts WHERE id IN (<ids>)")
                .bindList("ids", List.of(1L, 3L))   // one ? per element
                .mapTo(Post.class)
                .list();
        // end::in[]
        return posts;
    }

    public static List<String> distinct(Handle handle) {
        // tag::distinct[]
        List<String> authors = handle.createQuery(
                        "SELECT DISTINCT a.name FROM posts p JOIN authors a ON a.id = p.author_id")
                .mapTo(String.class)
                .list();
        // end::distinct[]
        return authors;
    }

    public static List<Author> exists(Handle handle) {
        // tag::exists[]
        List<Author> authors = handle.createQuery("""
                        SELECT * FROM authors a
                        WHERE EXISTS (SELECT 1 FROM posts p WHERE p.author_id = a.id AND p.published)""")
                .mapTo(Author.class)
                .list();
        // end::exists[]
        return authors;
    }

    public static List<Post> compareFields(Handle handle) {
        // tag::compare-fields[]
        List<Post> posts = handle.createQuery("SELECT * FROM posts WHERE likes > views")
                .mapTo(Post.class)
                .list();
        // end::compare-fields[]
        return posts;
    }
}
