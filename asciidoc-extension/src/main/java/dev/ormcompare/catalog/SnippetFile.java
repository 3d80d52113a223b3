package dev.ormcompare.catalog;

/**
 * One file of a snippet. Most snippets have one; a cell of a folder catalog may hold several
 * (a Prisma schema and the code that uses it), each shown under its own title.
 *
 * @param title    the file's name as shown, e.g. {@code schema.prisma}; empty for the only file of an
 *                 inline snippet, which the ORM's name titles
 * @param language the source language used for highlighting, e.g. {@code console}
 * @param code     the code exactly as it is shown, lines separated by {@code \n}
 */
public record SnippetFile(String title, String language, String code) {

    public SnippetFile {
        title = title == null ? "" : title;
    }
}
