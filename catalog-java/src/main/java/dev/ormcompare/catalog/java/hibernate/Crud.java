package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;

/** Create, read, update, delete: each method's region runs inside a transaction its caller opened. */
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
}
