package dev.ormcompare.catalog.java.hibernate;

import java.util.Collection;
import java.util.List;

/** What the query cells of Hibernate and Spring Data JPA assert about the posts a region found: their titles. */
public final class PostTitles {

    private PostTitles() {
    }

    public static List<String> titles(Collection<Post> posts) {
        return posts.stream().map(Post::getTitle).toList();
    }
}
