package dev.ormcompare.catalog;

import java.util.Locale;

/** How names typed by docs writers are compared: case, spaces and punctuation do not matter. */
final class Names {

    private Names() {
    }

    /** {@code "Django ORM"}, {@code "django-orm"} and {@code "django_orm"} all become {@code "django-orm"}. */
    static String key(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", "-")
                .replaceAll("^-|-$", "");
    }
}
