package dev.ormcompare.catalog.java.hibernate;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the Hibernate cells: one EntityManagerFactory per test class, over the captured data source. */
@Orm("hibernate")
abstract class HibernateCells {

    static EntityManagerFactory factory;

    @BeforeAll
    static void startHibernate(CatalogDatabase database) {
        factory = new HibernatePersistenceConfiguration("catalog")
                .managedClasses(Connect.ENTITIES)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
                .createEntityManagerFactory();
    }

    @AfterAll
    static void stopHibernate() {
        factory.close();
    }

    /** Runs a region in a transaction, as a reader's service method would around it. */
    static <T> T inTransaction(Function<EntityManager, T> region) {
        return factory.callInTransaction(region);
    }

    static void runInTransaction(Consumer<EntityManager> region) {
        factory.runInTransaction(region);
    }
}
