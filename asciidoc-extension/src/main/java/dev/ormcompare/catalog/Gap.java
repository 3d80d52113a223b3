package dev.ormcompare.catalog;

/**
 * A cell without code. Declared by a catalog ({@code [missing,...,reason="..."]}), it tells the reader
 * why the ORM has no way to do the topic; otherwise it marks a cell nobody filled, shown only where a
 * page asks to see gaps.
 *
 * @param reason   what the reader is told, e.g. "Undo is in Flyway's paid edition"
 * @param declared true when a catalog declared it, false for a cell nobody filled
 */
public record Gap(String reason, boolean declared) implements Cell {
}
