package dev.ormcompare.catalog.java;

import java.sql.SQLException;

/**
 * The rows most cells read, inserted uncaptured (ids come out as 1, 2, 3... in a fresh schema):
 * <pre>
 * authors     1 Ada Lovelace, 2 Grace Hopper, 3 Alan Turing (no posts); Ada has a profile
 * categories  1 Databases; 2 SQL and 3 ORMs under it
 * posts       id title             author views likes rating published published_on category
 *             1  Hello SQL         Ada    100   10    4.5    yes       2024-01-10   SQL
 *             2  ORMs in practice  Ada    50    60    3.0    yes       2024-02-20   ORMs
 *             3  Compilers         Grace  10    1     -      no        -            SQL
 *             4  Draft notes       Grace  0     0     -      no        -            -
 * tags        1 java, 2 sql, 3 orm; post 1: sql; post 2: java, orm; post 3: sql
 * </pre>
 */
public final class BlogData {

    private BlogData() {
    }

    public static void insert(CatalogDatabase database) throws SQLException {
        database.execute("""
                INSERT INTO authors (name, email) VALUES
                ('Ada Lovelace', 'ada@example.com'), ('Grace Hopper', 'grace@example.com'),
                ('Alan Turing', 'alan@example.com')""");
        database.execute("INSERT INTO profiles (author_id, bio) VALUES (1, 'Mathematician')");
        database.execute("INSERT INTO categories (name, parent_id) VALUES ('Databases', NULL), ('SQL', 1), ('ORMs', 1)");
        database.execute("""
                INSERT INTO posts (author_id, category_id, title, views, likes, rating, published, published_on) VALUES
                (1, 2, 'Hello SQL', 100, 10, 4.5, TRUE, DATE '2024-01-10'),
                (1, 3, 'ORMs in practice', 50, 60, 3.0, TRUE, DATE '2024-02-20'),
                (2, 2, 'Compilers', 10, 1, NULL, FALSE, NULL),
                (2, NULL, 'Draft notes', 0, 0, NULL, FALSE, NULL)""");
        database.execute("INSERT INTO tags (name) VALUES ('java'), ('sql'), ('orm')");
        database.execute("INSERT INTO post_tags (post_id, tag_id) VALUES (1, 2), (2, 1), (2, 3), (3, 2)");
    }
}
