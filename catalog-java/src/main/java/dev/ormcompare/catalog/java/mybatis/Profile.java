package dev.ormcompare.catalog.java.mybatis;

/** A row of {@code profiles}: an author's one profile. */
public class Profile {
    private Long id;
    private String bio;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }
}
