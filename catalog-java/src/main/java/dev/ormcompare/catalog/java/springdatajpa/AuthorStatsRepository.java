package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.hibernate.AuthorStats;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The view author_stats, read-only: a Repository without save or delete methods. */
// tag::database-views[]
public interface AuthorStatsRepository extends Repository<AuthorStats, Long> {
    List<AuthorStats> findAllByOrderByPostCountDescNameAsc();
}
// end::database-views[]
