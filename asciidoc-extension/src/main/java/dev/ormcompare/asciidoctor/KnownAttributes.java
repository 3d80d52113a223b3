package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.Suggestions;

import java.util.List;
import java.util.Map;

/** The named attributes a macro takes; positional ones (keys "1", "2", ...) are always allowed. */
record KnownAttributes(String macro, List<String> names) {

    void check(Map<String, Object> attributes) throws ComparisonException {
        for (String name : attributes.keySet()) {
            boolean positional = !name.isEmpty() && name.chars().allMatch(Character::isDigit);
            if (!positional && !names.contains(name)) {
                throw new ComparisonException(Suggestions.unknown("attribute", macro + " attributes", name, names));
            }
        }
    }
}
