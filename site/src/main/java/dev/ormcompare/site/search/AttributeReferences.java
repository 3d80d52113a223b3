package dev.ormcompare.site.search;

import org.asciidoctor.ast.Document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribute references in a block's source ({@code Hibernate Search {hibernateSearchVersion}}) with
 * the values the document gives them, as the reader sees them in the page: the source a search entry
 * is read from is the text before Asciidoctor's substitutions. An escaped reference ({@code \{name}})
 * and one to an attribute the document does not set stay as written.
 */
final class AttributeReferences {

    /** Asciidoctor's attribute name: a word character first, then word characters and hyphens. */
    private static final Pattern REFERENCE = Pattern.compile("(\\\\)?\\{(\\w[\\w-]*)}");

    private AttributeReferences() {
    }

    static String resolve(String source, Document document) {
        if (source == null || source.indexOf('{') < 0) {
            return source;
        }
        Matcher reference = REFERENCE.matcher(source);
        StringBuilder resolved = new StringBuilder(source.length());
        while (reference.find()) {
            // Names are case-insensitive: Asciidoctor keeps them in lower case.
            Object value = reference.group(1) != null ? null
                    : document.getAttribute(reference.group(2).toLowerCase(Locale.ROOT));
            reference.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? reference.group()
                    : value.toString()));
        }
        reference.appendTail(resolved);
        return resolved.toString();
    }
}
