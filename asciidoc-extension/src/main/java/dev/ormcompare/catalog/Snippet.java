package dev.ormcompare.catalog;

import java.util.List;

/**
 * The code one ORM uses for one topic.
 *
 * @param files the files shown, in order; never empty
 * @param note  a short remark shown with the code, such as "No built-in rollback."; empty when there is none
 * @param sql   the statements the code sent to the database when its test ran, in order, parameters as
 *              {@code ?}; empty when it sends none or nobody ran it
 */
public record Snippet(List<SnippetFile> files, String note, List<String> sql) implements Cell {

    public Snippet {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a snippet has at least one file");
        }
        note = note == null ? "" : note;
        sql = List.copyOf(sql);
    }

    /** A snippet of one untitled file, as an inline catalog entry gives. */
    public Snippet(String language, String code, String note) {
        this(List.of(new SnippetFile("", language, code)), note, List.of());
    }

    /** The first file's language. */
    public String language() {
        return files.get(0).language();
    }

    /** The first file's code. */
    public String code() {
        return files.get(0).code();
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }

    /** The same snippet with the statements it sent. */
    public Snippet withSql(List<String> statements) {
        return new Snippet(files, note, statements);
    }
}
