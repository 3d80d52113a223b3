package dev.ormcompare.site.internal;

/** JSON text written by hand: the site's files need only strings, numbers and lists. */
public final class JsonText {

    private JsonText() {
    }

    /** A JSON string, safe inside a script element or file: no {@code </script>}, no line separators. */
    public static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<' -> json.append("\\u003c");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\u2028' -> json.append("\\u2028");
                case '\u2029' -> json.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
