package dev.ormcompare.catalog.java.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormcompare.catalog.java.Topic;
import dev.ormcompare.catalog.java.WithBlogData;

/** The relation cells show mappings (they send nothing themselves): each test navigates the mapping both ways. */
@WithBlogData
class HibernateRelationsTest extends HibernateCells {

    @Topic("one-to-many")
    void oneToMany() {
        runInTransaction(em -> {
            assertThat(em.find(Author.class, 1L).getPosts()).extracting(Post::getTitle)
                    .containsExactlyInAnyOrder("Hello SQL", "ORMs in practice");
            assertThat(em.find(Post.class, 3L).getAuthor().getName()).isEqualTo("Grace Hopper");
        });
    }

    @Topic("many-to-many")
    void manyToMany() {
        runInTransaction(em -> {
            assertThat(em.find(Post.class, 2L).getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("java", "orm");
            assertThat(em.find(Tag.class, 2L).getPosts()).extracting(Post::getTitle)
                    .containsExactlyInAnyOrder("Hello SQL", "Compilers");
        });
    }

    @Topic("one-to-one")
    void oneToOne() {
        runInTransaction(em -> {
            Profile profile = em.find(Profile.class, 1L);
            assertThat(profile.getAuthor().getName()).isEqualTo("Ada Lovelace");
            assertThat(em.createQuery("from Profile where author.id = 2", Profile.class).getResultList()).isEmpty();
        });
    }

    @Topic("self-referential")
    void selfReferential() {
        runInTransaction(em -> {
            assertThat(em.find(Category.class, 1L).getChildren()).extracting(Category::getName)
                    .containsExactlyInAnyOrder("SQL", "ORMs");
            assertThat(em.find(Category.class, 3L).getParent().getName()).isEqualTo("Databases");
        });
    }
}
