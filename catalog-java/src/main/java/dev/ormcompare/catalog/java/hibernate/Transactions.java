package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Transactions: these regions open and end their own. */
public final class Transactions {

    private Transactions() {
    }

    public static void basic(EntityManagerFactory factory) {
        // tag::basic[]
        factory.runInTransaction(em -> {
            Author author = new Author("Ada Lovelace", "ada@example.com");
            em.persist(author);
            em.persist(new Post(author, "Hello SQL"));
        });   // committed here; an exception rolls both back
        // end::basic[]
    }

    public static void rollback(EntityManagerFactory factory) {
        try (EntityManager em = factory.createEntityManager()) {
            // tag::rollback[]
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                em.persist(new Author("Ada Lovelace", "ada@example.com"));
                em.persist(new Author("Ada Impostor", "ada@example.com"));   // violates the unique email
                tx.commit();
            } catch (RuntimeException e) {
                tx.rollback();   // neither author is kept
            }
            // end::rollback[]
        }
    }
}
