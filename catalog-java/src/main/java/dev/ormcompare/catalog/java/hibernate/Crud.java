package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Create, read, update, delete: each region runs inside a transaction its caller opened. */
public final class Crud {

    private Crud() {
    }

    public static Author insertOne(EntityManager em) {
        // tag::insert-one[]
        Author author = new Author("Ada Lovelace", "ada@example.com");
        em.persist(author);
        // end::insert-one[]
        return author;
    }

    public static void insertMany(EntityManager em) {
        // tag::insert-many[]
        List<Author> authors = List.of(
                new Author("Ada Lovelace", "ada@example.com"),
                new Author("Grace Hopper", "grace@example.com"),
                new Author("Alan Turing", "alan@example.com"));
        authors.forEach(em::persist);
        // end::insert-many[]
    }

    public static Author fetchByPk(EntityManager em, long id) {
        // tag::fetch-by-pk[]
        Author author = em.find(Author.class, id);   // null when there is none
        // end::fetch-by-pk[]
        return author;
    }

    public static Post fetchFirstMatch(EntityManager em) {
        // tag::fetch-first-match[]
        Post post = em.createQuery("from Post where published order by views desc", Post.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        // end::fetch-first-match[]
        return post;
    }

    public static void updateOne(EntityManager em, long id) {
        // tag::update-one[]
        Author author = em.find(Author.class, id);
        author.setName("Ada King");   // written at commit: Hibernate tracks loaded entities
        // end::update-one[]
    }

    public static int updateMany(EntityManager em) {
        // tag::update-many[]
        int updated = em.createQuery("update Post set published = true where views >= :views")
                .setParameter("views", 50)
                .executeUpdate();
        // end::update-many[]
        return updated;
    }

    public static void upsert(EntityManager em) {
        // tag::upsert[]
        em.createQuery("""
                insert into Author (name, email) values (:name, :email)
                on conflict(email) do update set name = excluded.name""")
                .setParameter("name", "Ada King")
                .setParameter("email", "ada@example.com")
                .executeUpdate();
        // end::upsert[]
    }

    public static void deleteOne(EntityManager em, long id) {
        // tag::delete-one[]
        Post post = em.find(Post.class, id);
        em.remove(post);
        // end::delete-one[]
    }

    public static int deleteMany(EntityManager em) {
        // tag::delete-many[]
        int deleted = em.createQuery("delete from Post where not published and views < :views")
                .setParameter("views", 20)
                .executeUpdate();
        // end::delete-many[]
        return deleted;
    }

    public static void atomicIncrement(EntityManager em, long id) {
        // tag::atomic-increment[]
        em.createQuery("update Post set views = views + 1 where id = :id")
                .setParameter("id", id)
                .executeUpdate();
        // end::atomic-increment[]
    }
}
