package dev.ormcompare.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names typed by docs writers are compared: case, spaces and punctuation do not matter. */
final class Names {

    /** Compiled once: every macro looks names up, and String.replaceAll compiles its pattern on each call. */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern OUTER_DASH = Pattern.compile("^-|-$");

    private Names() {
    }

    /** {@code "Django ORM"}, {@code "django-orm"} and {@code "django_orm"} all become {@code "django-orm"}. */
    static String key(String name) {
        String dashed = NOT_ALPHANUMERIC.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return OUTER_DASH.matcher(dashed).replaceAll("");
    }
}
