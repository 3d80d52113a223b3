package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An author of posts: the catalog's main entity. */
// tag::define-model[]
@Entity
@Table(name = "authors")
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;
    // end::define-model[]

    // tag::one-to-many[]
    @OneToMany(mappedBy = "author")
    private List<Post> posts = new ArrayList<>();
    // end::one-to-many[]

    // tag::one-to-one[]
    @OneToOne(mappedBy = "author")
    private Profile profile;
    // end::one-to-one[]

    protected Author() {
        // for Hibernate
    }

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public Profile getProfile() {
        return profile;
    }
}
