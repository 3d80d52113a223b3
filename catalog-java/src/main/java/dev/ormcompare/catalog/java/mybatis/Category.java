package dev.ormcompare.catalog.java.mybatis;

/** A row of {@code categories}, with its parent category (null at the top). */
public class Category {
    private Long id;
    private String name;
    private Category parent;

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

    public Category getParent() {
        return parent;
    }

    public void setParent(Category parent) {
        this.parent = parent;
    }
}
