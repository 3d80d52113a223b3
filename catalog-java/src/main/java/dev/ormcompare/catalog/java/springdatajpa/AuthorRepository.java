package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.hibernate.Author;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Authors: Spring Data implements this interface at startup, from the method names and queries. */
// tag::define-model[]
public interface AuthorRepository extends JpaRepository<Author, Long> {
    // end::define-model[]

    // tag::exists[]
    boolean existsByEmail(String email);
    // end::exists[]

    // tag::upsert[]
    @Transactional
    @Modifying
    @Query("""
            insert into Author (name, email) values (:name, :email)
            on conflict(email) do update set name = excluded.name""")
    void upsertByEmail(String name, String email);
    // end::upsert[]

    // tag::nested-relations[]
    @EntityGraph(attributePaths = {"posts", "posts.tags"})
    List<Author> findAllByOrderById();   // authors, their posts and each post's tags in one query
    // end::nested-relations[]

}
