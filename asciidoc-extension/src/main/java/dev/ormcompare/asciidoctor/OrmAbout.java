package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Orm;

/** What a reader choosing among ORMs is told of one, beside its name: "data mapper, version 7.4.16.Final". */
final class OrmAbout {

    private OrmAbout() {
    }

    /** Its paradigm and version as one line; empty when the catalog says neither. */
    static String line(Orm orm) {
        Orm.About about = orm.about();
        String version = about.version().isEmpty() ? "" : "version " + about.version();
        if (about.paradigm().isEmpty() || version.isEmpty()) {
            return about.paradigm() + version;
        }
        return about.paradigm() + ", " + version;
    }
}
