package dev.ormcompare.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names typed by docs writers are compared: case, spaces and punctuation do not matter; letters
 * and digits of any script do. One pass over the name, no regular expression.
 */
final class Names {

    private Names() {
    }

    /**
     * {@code "Django ORM"}, {@code "django-orm"} and {@code "django_orm"} all become {@code "django-orm"};
     * {@code "ПРИЗМА"} becomes {@code "призма"}. Letters and digits of any script count, and the marks on
     * them. Empty for a name with no letter or digit, which names nothing.
     */
    static String key(String name) {
        String folded = fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            boolean markOfALetter = isMark(c) && !gap && !key.isEmpty();
            if (!Character.isLetterOrDigit(c) && !markOfALetter) {
                gap = true;
                continue;
            }
            if (gap && !key.isEmpty()) {
                key.append('-');
            }
            gap = false;
            key.appendCodePoint(c);
        }
        return key.toString();
    }

    /**
     * Compatibility-normalised and case-folded: "Café" typed composed or decomposed, "STRASSE" and
     * "Straße", "ПРИЗМА" and "призма" are each one name. (Upper then lower case folds ß and final sigma.)
     */
    private static String fold(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return Normalizer.normalize(normalised.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** A combining mark, such as a Hebrew point or a Devanagari vowel sign: it counts with the letter it follows. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
