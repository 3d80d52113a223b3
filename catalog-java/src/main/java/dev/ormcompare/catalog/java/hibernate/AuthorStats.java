package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only entity over the view author_stats. */
// tag::database-views[]
@Entity
@Immutable
@Table(name = "author_stats")
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
