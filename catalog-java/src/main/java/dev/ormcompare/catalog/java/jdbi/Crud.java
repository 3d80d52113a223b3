package dev.ormcompare.catalog.java.jdbi;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Create, read, update, delete through a Handle its caller opened (one connection). */
public final class Crud {

    private Crud() {
    }

    public static long insertOne(Handle handle) {
        // tag::insert-one[]
        long id = handle.createUpdate("INSERT INTO authors (name, email) VALUES (:name, :email)")
                .bind("name", "Ada Lovelace")
                .bind("email", "ada@example.com")
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        // end::insert-one[]
        return id;
    }

    public static void insertMany(Handle handle) {
        // tag::insert-many[]
        var batch = handle.prepareBatch("INSERT INTO authors (name, email) VALUES (:name, :email)");
        batch.bind("name", "Ada Lovelace").bind("email", "ada@example.com").add();
        batch.bind("name", "Grace Hopper").bind("email", "grace@example.com").add();
        batch.bind("name", "Alan Turing").bind("email", "alan@example.com").add();
        batch.execute();   // one JDBC batch
        // end::insert-many[]
    }

    public static Optional<Author> fetchByPk(Handle handle, long id) {
        // tag::fetch-by-pk[]
        Optional<Author> author = handle.createQuery("SELECT * FROM authors WHERE id = :id")
                .bind("id", id)
                .mapTo(Author.class)
                .findOne();   // empty when there is none
        // end::fetch-by-pk[]
        return author;
    }

    public static Optional<Post> fetchFirstMatch(Handle handle) {
        // tag::fetch-first-match[]
        Optional<Post> post = handle.createQuery("SELECT * FROM posts WHERE published ORDER BY views DESC LIMIT 1")
                .mapTo(Post.class)
                .findFirst();
        // end::fetch-first-match[]
        return post;
    }

    public static void updateOne(Handle handle, long id) {
        // tag::update-one[]
        handle.createUpdate("UPDATE authors SET name = :name WHERE id = :id")
                .bind("name", "Ada King")
                .bind("id", id)
                .execute();
        // end::update-one[]
    }

    public static int updateMany(Handle handle) {
        // tag::update-many[]
        int updated = handle.createUpdate("UPDATE posts SET published = TRUE WHERE views >= :views")
                .bind("views", 50)
                .execute();
        // end::update-many[]
        return updated;
    }

    public static void upsert(Handle handle) {
        // tag::upsert[]
        handle.createUpdate("""
                MERGE INTO authors a
                USING (VALUES (:name, :email)) AS v (name, email) ON a.email = v.email
                WHEN MATCHED THEN UPDATE SET name = v.name
                WHEN NOT MATCHED THEN INSERT (name, email) VALUES (v.name, v.email)""")
                .bind("name", "Ada King")
                .bind("email", "ada@example.com")
                .execute();
        // end::upsert[]
    }

    public static void deleteOne(Handle handle, long id) {
        // tag::delete-one[]
        handle.createUpdate("DELETE FROM posts WHERE id = :id").bind("id", id).execute();
        // end::delete-one[]
    }

    public static int deleteMany(Handle handle) {
        // tag::delete-many[]
        int deleted = handle.createUpdate("DELETE FROM posts WHERE NOT published AND views < :views")
                .bind("views", 20)
                .execute();
        // end::delete-many[]
        return deleted;
    }

    public static void atomicIncrement(Handle handle, long id) {
        // tag::atomic-increment[]
        handle.createUpdate("UPDATE posts SET views = views + 1 WHERE id = :id").bind("id", id).execute();
        // end::atomic-increment[]
    }
}
