package dev.ormcompare.catalog.java.mybatis;

import java.util.ArrayList;
import java.util.List;

// tag::define-model[]
/** A row of {@code authors}: MyBatis fills it through its setters, column {@code name} into {@code name}. */
public class Author {
    private Long id;
    private String name;
    private String email;
    private Profile profile;                        // one-to-one, filled by a result map
    private List<Post> posts = new ArrayList<>();   // one-to-many, filled by a result map

    public Author() {
    }

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }
    // end::define-model[]

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public void setEmail(String email) {
        this.email = email;
    }

    public Profile getProfile() {
        return profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public void setPosts(List<Post> posts) {
        this.posts = posts;
    }
}
