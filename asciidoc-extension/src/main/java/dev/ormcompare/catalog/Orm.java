package dev.ormcompare.catalog;

import java.util.List;

/**
 * An ORM (or plain SQL) that snippets can be shown for.
 *
 * @param id       the canonical id used in macros and catalog files, e.g. {@code django}
 * @param name     the display name shown on tabs, e.g. {@code Django ORM}
 * @param language the default source language of its snippets, e.g. {@code python}
 * @param aliases  further names a docs writer may use for it; the display name is always one
 */
public record Orm(String id, String name, String language, List<String> aliases) {

    public Orm {
        aliases = List.copyOf(aliases);
    }
}
