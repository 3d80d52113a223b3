package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.Suggestions;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named attributes a macro takes, checked alike for every macro. Positional ones (keys "1",
 * "2", ...) and the ones Asciidoctor itself adds from a block attribute line before the macro
 * ({@code [.role]}, {@code [%option]}, {@code [reftext=...]}) are always allowed.
 */
record KnownAttributes(String macro, List<String> names) {

    private static final Set<String> ASCIIDOCTOR_ATTRIBUTES = Set.of("role", "reftext", "options", "opts");

    void check(Map<String, Object> attributes) throws ComparisonException {
        for (String name : attributes.keySet()) {
            if (!names.contains(name) && !positional(name) && !addedByAsciidoctor(name)) {
                throw new ComparisonException(Suggestions.unknown("attribute", macro + " attributes", name, names));
            }
        }
    }

    static boolean positional(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private static boolean addedByAsciidoctor(String name) {
        return ASCIIDOCTOR_ATTRIBUTES.contains(name) || name.endsWith("-option");
    }
}
