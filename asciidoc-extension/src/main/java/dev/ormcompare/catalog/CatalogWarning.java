package dev.ormcompare.catalog;

/**
 * Something a catalog skipped while reading, which the docs writer may want to fix.
 *
 * @param source  the file or folder it is about
 * @param problem what was skipped and why, and what would be right
 */
public record CatalogWarning(String source, String problem) {
}
