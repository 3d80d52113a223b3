package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.CatalogDatabase;
import dev.ormcompare.catalog.java.Orm;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Base of the Spring Data JPA cells: one Spring context per test class, over the captured data source. */
@Orm("spring-data-jpa")
abstract class SpringDataJpaCells {

    static AnnotationConfigApplicationContext context;
    static AuthorRepository authors;
    static PostRepository posts;
    static AuthorStatsRepository stats;
    static TransactionTemplate transactions;

    @BeforeAll
    static void startSpring(CatalogDatabase database) {
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, database::dataSource);
        context.register(BlogConfig.class);
        context.refresh();
        authors = context.getBean(AuthorRepository.class);
        posts = context.getBean(PostRepository.class);
        stats = context.getBean(AuthorStatsRepository.class);
        transactions = context.getBean(TransactionTemplate.class);
    }

    @AfterAll
    static void stopSpring() {
        context.close();
    }
}
