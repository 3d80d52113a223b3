package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.ComparisonException;
import dev.ormcompare.catalog.ComparisonRequest;
import dev.ormcompare.catalog.ErrorText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What one {@code ormcompare::} macro line says, read from the attributes Asciidoctor parsed.
 * Knows the macro's attribute names; knows nothing of the catalog.
 *
 * @param request what to compare
 * @param title   the block title ({@code .Title} line or {@code title=}); empty when none
 * @param id      the block id ({@code [#id]} or {@code id=}); empty when none
 */
record MacroInvocation(ComparisonRequest request, String title, String id) {

    /** The attributes a docs writer may give, for "did you mean" and the error's list. */
    static final List<String> ATTRIBUTES = List.of("topic", "orms", "selected", "title", "id", "missing", "sql");
    private static final KnownAttributes KNOWN = new KnownAttributes("ormcompare", ATTRIBUTES);

    /** The ids that are safe in HTML, in URLs and in tab and panel ids derived from them. */
    private static final Pattern VALID_ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.:-]*");

    /**
     * @param target      the macro target, the topic in {@code ormcompare::apply[]}; may be empty
     * @param attributes  the macro's attributes as Asciidoctor parsed them; AsciiDoc splits the
     *                    unquoted {@code orms=a,b,c} into {@code orms=a} and positional {@code b}, {@code c}
     * @param defaultOrms the document attribute {@code ormcompare-orms}, or null
     */
    static MacroInvocation read(String target, Map<String, Object> attributes, String defaultOrms)
            throws ComparisonException {
        KNOWN.check(attributes);
        List<String> positional = new ArrayList<>();
        // Positional attributes arrive under their 1-based index ("3" for prisma in topic=apply,orms=django,prisma).
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            if (attribute.getValue() == null) {
                continue; // a block attribute line such as [#id] leaves empty positional slots
            }
            if (KnownAttributes.positional(name)) {
                byIndex.put(Integer.parseInt(name), String.valueOf(attribute.getValue()));
            }
        }
        positional.addAll(byIndex.values());

        String id = text(attributes, "id");
        if (!id.isEmpty() && !VALID_ID.matcher(id).matches()) {
            throw new ComparisonException("id " + ErrorText.quote(id) + " is not a valid id; start with a letter or '_' and use "
                    + "letters, digits, '_', '-', '.' and ':'");
        }
        String topic = topic(target, text(attributes, "topic"));
        Optional<List<String>> orms = orms(attributes, positional, defaultOrms);
        return new MacroInvocation(new ComparisonRequest(topic, orms, text(attributes, "selected")),
                text(attributes, "title"), id);
    }

    private static String topic(String target, String topicAttribute) throws ComparisonException {
        String fromTarget = target == null ? "" : target.strip();
        if (!fromTarget.isEmpty() && !topicAttribute.isEmpty() && !fromTarget.equals(topicAttribute)) {
            throw new ComparisonException("the topic is given twice, as '" + fromTarget + "' before the brackets and as topic="
                    + topicAttribute + "; give it once");
        }
        return fromTarget.isEmpty() ? topicAttribute : fromTarget;
    }

    /** The ORMs named by {@code orms} and any positional values after it, else by the document's default. */
    private static Optional<List<String>> orms(Map<String, Object> attributes, List<String> positional,
                                               String defaultOrms) {
        if (attributes.containsKey("orms") || !positional.isEmpty()) {
            List<String> names = new ArrayList<>(split(text(attributes, "orms")));
            positional.forEach(value -> names.addAll(split(value)));
            return Optional.of(names);
        }
        if (defaultOrms != null) {
            return Optional.of(split(defaultOrms));
        }
        return Optional.empty();
    }

    private static List<String> split(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value == null ? "" : value.toString().strip();
    }
}
