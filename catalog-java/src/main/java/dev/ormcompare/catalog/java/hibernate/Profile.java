package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** An author's profile: at most one per author (mapped on this side only, so loading an author never loads it). */
@Entity
@Table(name = "profiles")
public class Profile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // tag::one-to-one[]
    @OneToOne(optional = false)
    @JoinColumn(name = "author_id", unique = true)
    private Author author;
    // end::one-to-one[]

    @Column(length = 1000)
    private String bio;

    protected Profile() {
        // for Hibernate
    }

    public Profile(Author author, String bio) {
        this.author = author;
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }

    public String getBio() {
        return bio;
    }
}
