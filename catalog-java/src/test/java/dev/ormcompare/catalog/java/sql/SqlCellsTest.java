package dev.ormcompare.catalog.java.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.BlogData;
import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import dev.ormcompare.catalog.java.Topic;
import java.util.List;
import java.util.Map;

/**
 * The {@code sql} column: each cell runs its region of a .sql file over JDBC. Their statements are the snippet
 * itself, so these cells name no SQL file; the schema cells build their tables on an emptied database.
 */
@Orm("sql")
class SqlCellsTest {

    private static List<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }

    private static List<String> tables(CatalogDatabase database) throws Exception {
        return column(database.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " ORDER BY table_name"), "table_name").stream().map(String::valueOf).toList();
    }

    /** Empties the database, then runs the schema's regions in the order given. */
    private static void schema(CatalogDatabase database, String... tags) throws Exception {
        database.execute("DROP ALL OBJECTS");
        for (String tag : tags) {
            SqlRegion.of("schema.sql", tag).run(database);
        }
    }

    // setup and relations: regions of schema.sql

    @Topic("define-model")
    void defineModel(CatalogDatabase database) throws Exception {
        schema(database, "define-model");
        assertThat(tables(database)).containsExactly("authors");
    }

    @Topic("field-types")
    void fieldTypes(CatalogDatabase database) throws Exception {
        schema(database, "define-model", "self-referential", "posts");
        assertThat(database.rows("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = 'posts' AND column_name IN ('body', 'rating', 'published_on')"
                + " ORDER BY column_name")).extracting(row -> row.get("column_name") + " " + row.get("data_type"))
                .containsExactly("body character varying", "published_on date", "rating numeric");
    }

    @Topic("nullable-defaults")
    void nullableDefaults(CatalogDatabase database) throws Exception {
        schema(database, "define-model", "self-referential", "posts");
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        database.execute("INSERT INTO posts (author_id, title) VALUES (1, 'Hello SQL')");
        assertThat(database.rows("SELECT body, views, published FROM posts")).singleElement()
                .satisfies(row -> assertThat(row.get("body")).isNull())
                .satisfies(row -> assertThat(row.get("views")).isEqualTo(0))
                .satisfies(row -> assertThat(row.get("published")).isEqualTo(false));
    }

    @Topic("one-to-many")
    void oneToMany(CatalogDatabase database) throws Exception {
        schema(database, "define-model", "self-referential", "posts");
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        assertThat(database.execute("INSERT INTO posts (author_id, title) VALUES (1, 'a'), (1, 'b')")).isEqualTo(2);
        assertThat(foreignKeys(database, "posts")).contains("author_id -> authors");
    }

    @Topic("many-to-many")
    void manyToMany(CatalogDatabase database) throws Exception {
        schema(database, "define-model", "self-referential", "posts", "many-to-many");
        assertThat(foreignKeys(database, "post_tags")).containsExactlyInAnyOrder("post_id -> posts", "tag_id -> tags");
    }

    @Topic("one-to-one")
    void oneToOne(CatalogDatabase database) throws Exception {
        schema(database, "define-model", "one-to-one");
        database.execute("INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");
        database.execute("INSERT INTO profiles (author_id, bio) VALUES (1, 'Mathematician')");
        assertThat(foreignKeys(database, "profiles")).containsExactly("author_id -> authors");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> database.execute("INSERT INTO profiles (author_id, bio) VALUES (1, 'Twice')"))
                .hasMessageContaining("Unique index");
    }

    @Topic("self-referential")
    void selfReferential(CatalogDatabase database) throws Exception {
        schema(database, "self-referential");
        database.execute("INSERT INTO categories (name, parent_id) VALUES ('Databases', NULL), ('SQL', 1)");
        assertThat(foreignKeys(database, "categories")).containsExactly("parent_id -> categories");
    }

    private static List<String> foreignKeys(CatalogDatabase database, String table) throws Exception {
        return database.rows("""
                SELECT k.column_name, u.table_name AS target
                FROM information_schema.referential_constraints r
                JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name
                JOIN information_schema.table_constraints u ON u.constraint_name = r.unique_constraint_name
                WHERE k.table_name = ?""", table).stream()
                .map(row -> row.get("column_name") + " -> " + row.get("target")).toList();
    }

    // CRUD: crud.sql

    @Topic("insert-one")
    void insertOne(CatalogDatabase database) throws Exception {
        SqlRegion.of("crud.sql", "insert-one").run(database);
        assertThat(database.rows("SELECT name, email FROM authors"))
                .containsExactly(Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
    }

    @Topic("insert-many")
    void insertMany(CatalogDatabase database) throws Exception {
        SqlRegion.of("crud.sql", "insert-many").run(database);
        assertThat(column(database.rows("SELECT name FROM authors ORDER BY id"), "name"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
    }

    @Topic("fetch-by-pk")
    void fetchByPk(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("crud.sql", "fetch-by-pk").run(database, 2L), "name"))
                .containsExactly("Grace Hopper");
    }

    @Topic("fetch-first-match")
    void fetchFirstMatch(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("crud.sql", "fetch-first-match").run(database), "title"))
                .containsExactly("Hello SQL");
    }

    @Topic("update-one")
    void updateOne(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        SqlRegion.of("crud.sql", "update-one").run(database, 1L);
        assertThat(column(database.rows("SELECT name FROM authors ORDER BY id"), "name"))
                .containsExactly("Ada King", "Grace Hopper", "Alan Turing");
    }

    @Topic("update-many")
    void updateMany(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("UPDATE posts SET published = FALSE");
        SqlRegion.of("crud.sql", "update-many").run(database);
        assertThat(column(database.rows("SELECT id FROM posts WHERE published ORDER BY id"), "id"))
                .containsExactly(1L, 2L);
    }

    @Topic("upsert")
    void upsert(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        SqlRegion.of("crud.sql", "upsert").run(database);
        assertThat(database.count("authors")).isEqualTo(3);
        assertThat(database.value("SELECT name FROM authors WHERE email = 'ada@example.com'")).isEqualTo("Ada King");
    }

    @Topic("delete-one")
    void deleteOne(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        SqlRegion.of("crud.sql", "delete-one").run(database, 4L);
        assertThat(column(database.rows("SELECT id FROM posts ORDER BY id"), "id")).containsExactly(1L, 2L, 3L);
    }

    @Topic("delete-many")
    void deleteMany(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        database.execute("DELETE FROM post_tags");
        SqlRegion.of("crud.sql", "delete-many").run(database);
        assertThat(column(database.rows("SELECT id FROM posts ORDER BY id"), "id")).containsExactly(1L, 2L);
    }

    @Topic("atomic-increment")
    void atomicIncrement(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        SqlRegion.of("crud.sql", "atomic-increment").run(database, 1L);
        assertThat(database.value("SELECT views FROM posts WHERE id = 1")).isEqualTo(101);
    }

    // querying: querying.sql

    private static List<Object> titles(String file, String tag, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        return column(SqlRegion.of(file, tag).run(database), "title");
    }

    @Topic("filter-where")
    void filterWhere(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "filter-where", database))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("order-by")
    void orderBy(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "order-by", database))
                .containsExactly("Hello SQL", "ORMs in practice", "Compilers", "Draft notes");
    }

    @Topic("select-fields")
    void selectFields(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("querying.sql", "select-fields").run(database)).first()
                .isEqualTo(Map.of("title", "Hello SQL", "views", 100));
    }

    @Topic("limit-offset")
    void limitOffset(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "limit-offset", database)).containsExactly("ORMs in practice", "Compilers");
    }

    @Topic("count")
    void count(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("querying.sql", "count").run(database).get(0).values()).containsExactly(2L);
    }

    @Topic("and-or")
    void andOr(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "and-or", database)).containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("like-contains")
    void likeContains(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "like-contains", database)).containsExactly("Hello SQL");
    }

    @Topic("comparison")
    void comparison(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "comparison", database))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("in")
    void in(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "in", database)).containsExactlyInAnyOrder("Hello SQL", "Compilers");
    }

    @Topic("distinct")
    void distinct(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("querying.sql", "distinct").run(database), "name"))
                .containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");
    }

    @Topic("exists")
    void exists(CatalogDatabase database) throws Exception {
        SqlRegion exists = SqlRegion.of("querying.sql", "exists");
        assertThat(exists.run(database)).singleElement().satisfies(row -> assertThat(row.values()).containsExactly(false));
        BlogData.insert(database);
        assertThat(exists.run(database)).singleElement().satisfies(row -> assertThat(row.values()).containsExactly(true));
    }

    @Topic("compare-fields")
    void compareFields(CatalogDatabase database) throws Exception {
        assertThat(titles("querying.sql", "compare-fields", database)).containsExactly("ORMs in practice");
    }

    // joins: joins.sql

    @Topic("fetch-related")
    void fetchRelated(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("joins.sql", "fetch-related").run(database), "author_name"))
                .containsExactly("Ada Lovelace", "Ada Lovelace", "Grace Hopper", "Grace Hopper");
    }

    @Topic("filter-by-related")
    void filterByRelated(CatalogDatabase database) throws Exception {
        assertThat(titles("joins.sql", "filter-by-related", database))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("inner-join")
    void innerJoin(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("joins.sql", "inner-join").run(database)).hasSize(4).first()
                .isEqualTo(Map.of("title", "Hello SQL", "name", "Ada Lovelace"));
    }

    @Topic("left-join")
    void leftJoin(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        List<Map<String, Object>> rows = SqlRegion.of("joins.sql", "left-join").run(database);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4)).containsEntry("name", "Alan Turing").containsEntry("title", null);
    }

    @Topic("nested-relations")
    void nestedRelations(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("joins.sql", "nested-relations").run(database))
                .extracting(row -> row.get("name") + "/" + row.get("title") + "/" + row.get("tag"))
                .containsExactly("Ada Lovelace/Hello SQL/sql", "Ada Lovelace/ORMs in practice/java",
                        "Ada Lovelace/ORMs in practice/orm", "Grace Hopper/Compilers/sql",
                        "Grace Hopper/Draft notes/null", "Alan Turing/null/null");
    }

    @Topic("aggregate-group-by")
    void aggregateGroupBy(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("joins.sql", "aggregate-group-by").run(database)).containsExactly(
                Map.of("name", "Ada Lovelace", "views", 150L), Map.of("name", "Grace Hopper", "views", 10L));
    }

    @Topic("count-related")
    void countRelated(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("joins.sql", "count-related").run(database), "posts")).containsExactly(2L, 2L, 0L);
    }

    // aggregation: aggregation.sql

    private static Object single(String tag, CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        return SqlRegion.of("aggregation.sql", tag).run(database).get(0).values().iterator().next();
    }

    @Topic("sum")
    void sum(CatalogDatabase database) throws Exception {
        assertThat(single("sum", database)).isEqualTo(160L);
    }

    @Topic("avg")
    void avg(CatalogDatabase database) throws Exception {
        assertThat(((Number) single("avg", database)).doubleValue()).isEqualTo(75.0);
    }

    @Topic("min-max")
    void minMax(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("aggregation.sql", "min-max").run(database).get(0).values()).containsExactly(0, 100);
    }

    @Topic("group-by")
    void groupBy(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("aggregation.sql", "group-by").run(database)).containsExactly(
                Map.of("published", false, "posts", 2L), Map.of("published", true, "posts", 2L));
    }

    @Topic("having")
    void having(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("aggregation.sql", "having").run(database), "name")).containsExactly("Ada Lovelace");
    }

    @Topic("subquery")
    void subquery(CatalogDatabase database) throws Exception {
        assertThat(titles("aggregation.sql", "subquery", database))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    // transactions: transactions.sql

    @Topic("basic")
    void basic(CatalogDatabase database) throws Exception {
        SqlRegion.of("transactions.sql", "basic").run(database);
        assertThat(database.value("SELECT title FROM posts WHERE author_id = 1")).isEqualTo("Hello SQL");
    }

    @Topic("transactions/rollback")
    void rollback(CatalogDatabase database) throws Exception {
        SqlRegion.of("transactions.sql", "rollback").run(database);
        assertThat(database.count("authors")).isZero();
    }

    @Topic("savepoint")
    void savepoint(CatalogDatabase database) throws Exception {
        SqlRegion.of("transactions.sql", "savepoint").run(database);
        assertThat(column(database.rows("SELECT name FROM authors"), "name")).containsExactly("Ada Lovelace");
    }

    // raw queries and advanced: advanced.sql

    @Topic("execute-raw")
    void executeRaw(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        SqlRegion.of("advanced.sql", "execute-raw").run(database);
        assertThat(database.value("SELECT SUM(views) FROM posts WHERE NOT published")).isEqualTo(0L);
    }

    @Topic("parameterized")
    void parameterized(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("advanced.sql", "parameterized").run(database, 1L, 20), "title"))
                .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
    }

    @Topic("window-functions")
    void windowFunctions(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("advanced.sql", "window-functions").run(database), "author_rank"))
                .containsExactly(1L, 2L, 1L, 2L);
    }

    @Topic("cte")
    void cte(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(SqlRegion.of("advanced.sql", "cte").run(database)).containsExactly(
                Map.of("name", "Ada Lovelace", "views", 150L), Map.of("name", "Grace Hopper", "views", 10L));
    }

    @Topic("database-views")
    void databaseViews(CatalogDatabase database) throws Exception {
        BlogData.insert(database);
        assertThat(column(SqlRegion.of("advanced.sql", "database-views").run(database), "post_count"))
                .containsExactly(2L, 2L, 0L);
    }

    @Topic("introspect")
    void introspect(CatalogDatabase database) throws Exception {
        assertThat(SqlRegion.of("advanced.sql", "introspect").run(database)).first()
                .isEqualTo(Map.of("column_name", "id", "data_type", "bigint", "is_nullable", "NO"));
    }

}
