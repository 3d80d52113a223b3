package dev.ormcompare.catalog.java.jdbi;

// tag::define-model[]
/** A row of {@code authors}: JDBI's ConstructorMapper fills a record by its components' names. */
public record Author(long id, String name, String email) {
}
// end::define-model[]
