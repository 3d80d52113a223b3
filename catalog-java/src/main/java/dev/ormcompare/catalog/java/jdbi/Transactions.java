package dev.ormcompare.catalog.java.jdbi;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/** Transactions: these regions open and end their own. */
public final class Transactions {

    private Transactions() {
    }

    public static void basic(Jdbi jdbi) {
        // tag::basic[]
        jdbi.useTransaction(handle -> {
            long authorId = handle.createUpdate("INSERT INTO authors (name, email) VALUES (:name, :email)")
                    .bind("name", "Ada Lovelace").bind("email", "ada@example.com")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            handle.createUpdate("INSERT INTO posts (author_id, title) VALUES (:author, :title)")
                    .bind("author", authorId).bind("title", "Hello SQL").execute();
        });   // committed here; an exception rolls both back
        // end::basic[]
    }

    public static void rollback(Jdbi jdbi) {
        // tag::rollback[]
        try {
            jdbi.useTransaction(handle -> {
                handle.execute("INSERT INTO authors (name, email) VALUES (?, ?)", "Ada Lovelace", "ada@example.com");
                handle.execute("INSERT INTO authors (name, email) VALUES (?, ?)",
                        "Ada Impostor", "ada@example.com");   // violates the unique email
            });
        } catch (StatementException e) {
            // rolled back: neither author is kept
        }
        // end::rollback[]
    }

    public static void savepoint(Jdbi jdbi) {
        // tag::savepoint[]
        jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO authors (name, email) VALUES (?, ?)", "Ada Lovelace", "ada@example.com");
            handle.savepoint("before_impostor");
            try {
                handle.execute("INSERT INTO authors (name, email) VALUES (?, ?)", "Ada Impostor", "ada@example.com");
            } catch (StatementException e) {
                handle.rollbackToSavepoint("before_impostor");   // Ada stays and is committed
            }
        });
        // end::savepoint[]
    }
}
