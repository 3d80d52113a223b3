package dev.ormcompare.catalog;

/**
 * The code one ORM uses for one topic.
 *
 * @param language the source language used for highlighting, e.g. {@code console}
 * @param code     the code exactly as it is shown, lines separated by {@code \n}
 * @param note     a short remark shown with the code, such as "No built-in rollback.";
 *                 empty when there is none
 */
public record Snippet(String language, String code, String note) {

    public Snippet {
        note = note == null ? "" : note;
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }
}
