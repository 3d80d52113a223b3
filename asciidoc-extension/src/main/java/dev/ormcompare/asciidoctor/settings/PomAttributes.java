package dev.ormcompare.asciidoctor.settings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Document attributes as a pom gives them ({@code <attributes><sectnums/></attributes>}), turned into
 * what Asciidoctor takes, with the conventions asciidoctor-maven-plugin documents:
 * <ul>
 *   <li>{@code true} or an empty element (which Maven reads as null) sets the attribute;</li>
 *   <li>{@code false} unsets it, and a page cannot set it again;</li>
 *   <li>a value ending in {@code @} is soft: a page may change it ({@code rouge@}); {@code @} alone or
 *       {@code true@} sets it softly, {@code false@} unsets it softly;</li>
 *   <li>any other value is the attribute's value.</li>
 * </ul>
 * {@code true} and {@code false} are read whatever their case and surrounding spaces.
 */
public final class PomAttributes {

    private static final String SOFT = "@";

    private PomAttributes() {
    }

    /**
     * The attributes of {@code pom} over {@code defaults}: a pom's attribute replaces a default of the
     * same name, whether it sets or unsets it. Both keep their order.
     *
     * @param defaults attributes in Asciidoctor's terms (a value ending in {@code @} is soft, a name
     *                 ending in {@code !} unsets)
     * @param pom      attributes as a pom's {@code <attributes>} gives them; a value may be null
     * @return what to hand Asciidoctor as its {@code attributes} option
     */
    public static Map<String, Object> over(Map<String, ?> defaults, Map<String, ?> pom) {
        Map<String, Object> all = new LinkedHashMap<>(defaults);
        pom.forEach((name, value) -> {
            all.remove(name);
            all.remove(name + "!");
            String text = value == null ? "" : value.toString().strip();
            boolean soft = text.endsWith(SOFT);
            String bare = (soft ? text.substring(0, text.length() - 1) : text).strip().toLowerCase(Locale.ROOT);
            if (bare.equals("false")) {
                all.put(name + "!", soft ? SOFT : "");
            } else if (bare.isEmpty() || bare.equals("true")) {
                all.put(name, soft ? SOFT : "");
            } else {
                all.put(name, value.toString());
            }
        });
        return all;
    }
}
