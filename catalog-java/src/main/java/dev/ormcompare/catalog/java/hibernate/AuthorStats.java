package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.View;

/** A read-only entity over the view author_stats. */
// tag::database-views[]
@Entity
@Immutable
@Table(name = "author_stats")
@View(query = "SELECT a.id AS author_id, a.name, COUNT(p.id) AS post_count FROM authors a"
        + " LEFT JOIN posts p ON p.author_id = a.id GROUP BY a.id, a.name")
public class AuthorStats {
    @Id
    @Column(name = "author_id")
    private Long authorId;

    private String name;

    @Column(name = "post_count")
    private long postCount;
    // end::database-views[]

    protected AuthorStats() {
        // for Hibernate
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getName() {
        return name;
    }

    public long getPostCount() {
        return postCount;
    }
}
