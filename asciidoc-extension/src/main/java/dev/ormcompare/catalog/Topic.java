package dev.ormcompare.catalog;

/**
 * One thing every ORM does its own way, e.g. applying a migration.
 *
 * @param id    the id used in macros and catalog files, e.g. {@code apply}
 * @param title the human title, e.g. {@code Apply Migration}; tab lists are named after it
 * @param group the group the topic belongs to, e.g. {@code Migrations}
 */
public record Topic(String id, String title, String group) {
}
