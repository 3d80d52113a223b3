package dev.ormcompare.catalog.java.jdbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Relations and joins: JDBI maps rows, so a query joins and a row reducer folds rows into objects. */
public final class Joins {

    /** Two text columns of a joined row. */
    public record Pair(String left, String right) {
    }

    /** An author and the titles of their posts. */
    public record AuthorPosts(String name, List<String> titles) {
    }

    /** An author and their posts' titles, each with its tags. */
    public record AuthorPostTags(String name, Map<String, List<String>> posts) {
    }

    /** A name and a number computed over a group. */
    public record NameTotal(String name, long total) {
    }

    private Joins() {
    }

    public static List<AuthorPosts> oneToMany(Handle handle) {
        // tag::one-to-many[]
        List<AuthorPosts> authors = handle.createQuery("""
                        SELECT a.id, a.name, p.title FROM authors a LEFT JOIN posts p ON p.author_id = a.id
                        ORDER BY a.id, p.id""")
                .reduceRows(new LinkedHashMap<Long, AuthorPosts>(), (map, row) -> {
                    AuthorPosts author = map.computeIfAbsent(row.getColumn("id", Long.class),
                            id -> new AuthorPosts(row.getColumn("name", String.class), new ArrayList<>()));
                    String title = row.getColumn("title", String.class);
                    if (title != null) {
                        author.titles().add(title);
                    }
                    return map;
                }).values().stream().toList();
        // end::one-to-many[]
        return authors;
    }

    public static List<String> manyToMany(Handle handle, long postId) {
        // tag::many-to-many[]
        List<String> tags = handle.createQuery("""
                        SELECT t.name FROM tags t JOIN post_tags pt ON pt.tag_id = t.id
                        WHERE pt.post_id = :post ORDER BY t.name""")
                .bind("post", postId)
                .mapTo(String.class)
                .list();
        // end::many-to-many[]
        return tags;
    }

    public static List<Pair> oneToOne(Handle handle) {
        // tag::one-to-one[]
        List<Pair> authors = handle.createQuery("""
                        SELECT a.name, p.bio FROM authors a LEFT JOIN profiles p ON p.author_id = a.id
                        ORDER BY a.id""")
                .map((rs, ctx) -> new Pair(rs.getString("name"), rs.getString("bio")))   // bio null without profile
                .list();
        // end::one-to-one[]
        return authors;
    }

    public static List<Pair> selfReferential(Handle handle) {
        // tag::self-referential[]
        List<Pair> categories = handle.createQuery("""
                        SELECT c.name, parent.name AS parent
                        FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id
                        ORDER BY c.id""")
                .map((rs, ctx) -> new Pair(rs.getString("name"), rs.getString("parent")))
                .list();
        // end::self-referential[]
        return categories;
    }

    public static List<Pair> fetchRelated(Handle handle) {
        // tag::fetch-related[]
        List<Pair> posts = handle.createQuery("""
                        SELECT p.title, a.name FROM posts p JOIN authors a ON a.id = p.author_id
                        ORDER BY p.id""")
                .map((rs, ctx) -> new Pair(rs.getString("title"), rs.getString("name")))   // one query, no lazy loads
                .list();
        // end::fetch-related[]
        return posts;
    }

    public static List<Post> filterByRelated(Handle handle) {
        // tag::filter-by-related[]
        List<Post> posts = handle.createQuery(
                        "SELECT p.* FROM posts p JOIN authors a ON a.id = p.author_id WHERE a.email = :email")
                .bind("email", "ada@example.com")
                .mapTo(Post.class)
                .list();
        // end::filter-by-related[]
        return posts;
    }

    public static List<Pair> innerJoin(Handle handle) {
        // tag::inner-join[]
        List<Pair> rows = handle.createQuery("""
                        SELECT p.title, a.name FROM posts p INNER JOIN authors a ON a.id = p.author_id
                        ORDER BY p.id""")
                .map((rs, ctx) -> new Pair(rs.getString("title"), rs.getString("name")))
                .list();
        // end::inner-join[]
        return rows;
    }

    public static List<Pair> leftJoin(Handle handle) {
        // tag::left-join[]
        List<Pair> rows = handle.createQuery("""
                        SELECT p.title, a.name FROM authors a LEFT JOIN posts p ON p.author_id = a.id
                        ORDER BY a.id, p.id""")
                .map((rs, ctx) -> new Pair(rs.getString("title"), rs.getString("name")))   // title null: no posts
                .list();
        // end::left-join[]
        return rows;
    }

    public static List<AuthorPostTags> nestedRelations(Handle handle) {
        // tag::nested-relations[]
        List<AuthorPostTags> authors = handle.createQuery("""
                        SELECT a.id, a.name, p.title, t.name AS tag FROM authors a
                        LEFT JOIN posts p ON p.author_id = a.id LEFT JOIN post_tags pt ON pt.post_id = p.id
                        LEFT JOIN tags t ON t.id = pt.tag_id ORDER BY a.id, p.id, t.name""")
                .reduceRows(new LinkedHashMap<Long, AuthorPostTags>(), (map, row) -> {
                    AuthorPostTags author = map.computeIfAbsent(row.getColumn("id", Long.class),
                            id -> new AuthorPostTags(row.getColumn("name", String.class), new LinkedHashMap<>()));
                    String title = row.getColumn("title", String.class);
                    String tag = row.getColumn("tag", String.class);
                    if (title != null) {
                        List<String> tags = author.posts().computeIfAbsent(title, t -> new ArrayList<>());
                        if (tag != null) {
                            tags.add(tag);
                        }
                    }
                    return map;
                }).values().stream().toList();
        // end::nested-relations[]
        return authors;
    }

    public static List<NameTotal> aggregateGroupBy(Handle handle) {
        // tag::aggregate-group-by[]
        List<NameTotal> totals = handle.createQuery("""
                        SELECT a.name, SUM(p.views) AS total FROM posts p JOIN authors a ON a.id = p.author_id
                        GROUP BY a.name ORDER BY a.name""")
                .map((rs, ctx) -> new NameTotal(rs.getString("name"), rs.getLong("total")))
                .list();
        // end::aggregate-group-by[]
        return totals;
    }

    public static List<NameTotal> countRelated(Handle handle) {
        // tag::count-related[]
        List<NameTotal> counts = handle.createQuery("""
                        SELECT a.name, COUNT(p.id) AS total FROM authors a LEFT JOIN posts p ON p.author_id = a.id
                        GROUP BY a.id, a.name ORDER BY a.id""")
                .map((rs, ctx) -> new NameTotal(rs.getString("name"), rs.getLong("total")))
                .list();
        // end::count-related[]
        return counts;
    }
}
