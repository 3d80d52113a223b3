package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.hibernate.Author;
import dev.ormcompare.catalog.java.hibernate.Post;
import org.springframework.transaction.support.TransactionTemplate;

/** Transactions around repository calls, with Spring's TransactionTemplate (or @Transactional on a bean). */
public final class Transactions {

    private Transactions() {
    }

    public static void basic(TransactionTemplate transactions, AuthorRepository authors, PostRepository posts) {
        // tag::basic[]
        transactions.executeWithoutResult(status -> {
            Author author = authors.save(new Author("Ada Lovelace", "ada@example.com"));
            posts.save(new Post(author, "Hello SQL"));
        });   // committed here; an exception rolls both back
        // end::basic[]
    }

    public static void rollback(TransactionTemplate transactions, AuthorRepository authors) {
        // tag::rollback[]
        transactions.executeWithoutResult(status -> {
            authors.save(new Author("Ada Lovelace", "ada@example.com"));
            status.setRollbackOnly();   // nothing of the transaction is kept
        });
        // end::rollback[]
    }
}
