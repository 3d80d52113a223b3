package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Starting Hibernate without persistence.xml: the entity classes are listed, nothing is scanned. */
public final class Connect {

    /** Every entity of the catalog's schema. */
    public static final List<Class<?>> ENTITIES =
            List.of(Author.class, Post.class, Profile.class, Tag.class, Category.class, AuthorStats.class);

    private Connect() {
    }

    public static EntityManagerFactory connect(String url, String user, String password) {
        // tag::connect[]
        EntityManagerFactory factory = new HibernatePersistenceConfiguration("blog")
                .managedClasses(Author.class, Post.class, Profile.class, Tag.class, Category.class)
                .jdbcUrl(url)
                .jdbcCredentials(user, password)
                .createEntityManagerFactory();
        // end::connect[]
        return factory;
    }

    public static void syncSchema(EntityManagerFactory factory) {
        // tag::sync-schema[]
        factory.getSchemaManager().create(true);   // CREATE TABLE ... for every entity
        // end::sync-schema[]
    }
}
