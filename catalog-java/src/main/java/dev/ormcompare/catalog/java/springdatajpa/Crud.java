package dev.ormcompare.catalog.java.springdatajpa;

import dev.ormcompare.catalog.java.hibernate.Author;
import dev.ormcompare.catalog.java.hibernate.Post;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Calls a reader makes on the repositories; each repository method runs in its own transaction. */
public final class Crud {

    private Crud() {
    }

    public static Author insertOne(AuthorRepository authors) {
        // tag::insert-one[]
        Author author = authors.save(new Author("Ada Lovelace", "ada@example.com"));
        // end::insert-one[]
        return author;
    }

    public static List<Author> insertMany(AuthorRepository authors) {
        // tag::insert-many[]
        List<Author> saved = authors.saveAll(List.of(
                new Author("Ada Lovelace", "ada@example.com"),
                new Author("Grace Hopper", "grace@example.com"),
                new Author("Alan Turing", "alan@example.com")));
        // end::insert-many[]
        return saved;
    }

    public static Optional<Author> fetchByPk(AuthorRepository authors, long id) {
        // tag::fetch-by-pk[]
        Optional<Author> author = authors.findById(id);
        // end::fetch-by-pk[]
        return author;
    }

    public static void updateOne(AuthorRepository authors, long id) {
        // tag::update-one[]
        Author author = authors.findById(id).orElseThrow();
        author.setName("Ada King");
        authors.save(author);   // merges the detached entity: loads it, then updates it
        // end::update-one[]
    }

    public static void deleteOne(PostRepository posts, long id) {
        // tag::delete-one[]
        posts.deleteById(id);   // loads the post, then deletes it
        // end::delete-one[]
    }

    public static Page<Post> limitOffset(PostRepository posts) {
        // tag::limit-offset[]
        Page<Post> page = posts.findAll(PageRequest.of(1, 2, Sort.by("id")));   // the second page of two
        long total = page.getTotalElements();   // from a count query Spring Data sends too
        // end::limit-offset[]
        return page;
    }

    public static List<Post> in(PostRepository posts) {
        // tag::in[]
        List<Post> found = posts.findAllById(List.of(1L, 3L));
        // end::in[]
        return found;
    }
}
