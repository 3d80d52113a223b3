package dev.ormcompare.catalog;

import java.util.List;

/**
 * An ORM (or plain SQL) that snippets can be shown for.
 *
 * @param id       the canonical id used in macros and catalog files, e.g. {@code django}
 * @param name     the display name shown on tabs, e.g. {@code Django ORM}
 * @param language the default source language of its snippets, e.g. {@code python}
 * @param aliases  further names a docs writer may use for it; the display name is always one
 * @param about    what a reader picking ORMs is told of it: paradigm, documentation, version
 */
public record Orm(String id, String name, String language, List<String> aliases, About about) {

    public Orm {
        aliases = List.copyOf(aliases);
    }

    public Orm(String id, String name, String language, List<String> aliases) {
        this(id, name, language, aliases, About.NOTHING);
    }

    /**
     * @param paradigm e.g. {@code data mapper}, {@code query builder}; empty when not said
     * @param docs     the address of its documentation; empty when not given
     * @param version  the version its snippets were written for, or ran with; empty when not said
     */
    public record About(String paradigm, String docs, String version) {

        public static final About NOTHING = new About("", "", "");

        public boolean isEmpty() {
            return paradigm.isEmpty() && docs.isEmpty() && version.isEmpty();
        }
    }
}
