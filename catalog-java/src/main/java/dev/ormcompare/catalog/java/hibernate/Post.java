package dev.ormcompare.catalog.java.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

/** A post, written by an author, in a category, with tags. */
@Entity
@Table(name = "posts")
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // tag::one-to-many[]
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Author author;
    // end::one-to-many[]

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    // tag::field-types[]
    // tag::nullable-defaults[]
    @Column(nullable = false, length = 200)
    private String title;               // VARCHAR(200) NOT NULL

    @Column(columnDefinition = "TEXT")
    private String body;                // TEXT, nullable
    // end::nullable-defaults[]

    private int views;                  // INTEGER: a primitive is never null
    // tag::nullable-defaults[]

    @ColumnDefault("0")
    private int likes;                  // DEFAULT 0 in the generated DDL
    // end::nullable-defaults[]

    @Column(precision = 3, scale = 1)
    private BigDecimal rating;          // NUMERIC(3, 1)

    private boolean published;          // BOOLEAN

    @Column(name = "published_on")
    private LocalDate publishedOn;      // DATE
    // end::field-types[]

    // tag::many-to-many[]
    @ManyToMany
    @JoinTable(name = "post_tags",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();
    // end::many-to-many[]

    protected Post() {
        // for Hibernate
    }

    public Post(Author author, String title) {
        this.author = author;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getViews() {
        return views;
    }

    public void setViews(int views) {
        this.views = views;
    }

    public int getLikes() {
        return likes;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public void setRating(BigDecimal rating) {
        this.rating = rating;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
