package dev.ormcompare.catalog;

/**
 * One thing every ORM does its own way, e.g. applying a migration.
 *
 * @param id       the short id used in macros and catalog files, e.g. {@code apply}
 * @param title    the human title, e.g. {@code Apply Migration}; tab lists are named after it
 * @param group    the group the topic belongs to, e.g. {@code Migrations}
 * @param category the group's id, e.g. {@code migrations}; with the id it makes the qualified id
 *                 {@code migrations/apply}. Empty for a topic outside any group.
 * @param claimsShortId whether the short id names this topic when topics of several categories share
 *                 it: true for topics a catalog file declares by their short id, false for those a
 *                 folder tree gives or a catalog file declares by their qualified id
 */
public record Topic(String id, String title, String group, String category, boolean claimsShortId) {

    /** A topic a catalog file declares by its short id; its category is its group's id. */
    public Topic(String id, String title, String group) {
        this(id, title, group, categoryOf(group), true);
    }

    /** {@code migrations/apply}, or the short id for a topic outside any group. */
    public String qualifiedId() {
        return category.isEmpty() ? id : category + "/" + id;
    }

    /** The id of a group: {@code "Raw Queries"} gives {@code raw-queries}. */
    public static String categoryOf(String group) {
        return Names.key(group);
    }
}
