package dev.ormcompare.asciidoctor;

/**
 * Escapes text for HTML element content and quoted attribute values: the one escaper of the extension
 * and of the site engine.
 */
public final class Html {

    private Html() {
    }

    /**
     * A block title (or other inline AsciiDoc, such as a table cell) that shows {@code text} as
     * written in every backend: Asciidoctor substitutes titles (attributes, macros such as links),
     * so the escaped text goes through as an inline passthrough. Words and spaces alone (most ORM names)
     * no substitution changes, and they skip the passthrough's extra work on every conversion.
     */
    static String literalTitle(String text) {
        if (!text.isEmpty() && text.chars().allMatch(c -> c == ' ' || Character.isLetterOrDigit(c))) {
            return text;
        }
        return "+++" + escape(text).replace("+", "&#43;") + "+++";
    }

    /** {@code & < > " '} as character references, so the text is safe in content and in either quote. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
