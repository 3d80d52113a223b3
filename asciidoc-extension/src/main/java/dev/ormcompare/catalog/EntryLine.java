package dev.ormcompare.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry line of a catalog file: {@code [kind,key=value,key="a, quoted value"]}.
 * Values are bare (up to the next comma) or double-quoted, where {@code \"} and {@code \\} escape.
 */
record EntryLine(String kind, Map<String, String> values) {

    /** Thrown with the problem only; the caller adds file and line. */
    static final class SyntaxException extends Exception {
        SyntaxException(String problem) {
            super(problem);
        }
    }

    static boolean looksLikeEntry(String line) {
        return line.startsWith("[");
    }

    static EntryLine parse(String line) throws SyntaxException {
        if (!line.endsWith("]")) {
            throw new SyntaxException("an entry line must end with ']'");
        }
        String body = line.substring(1, line.length() - 1);
        int position = 0;
        int comma = body.indexOf(',');
        String kind = (comma < 0 ? body : body.substring(0, comma)).strip();
        if (kind.isEmpty()) {
            throw new SyntaxException("an entry starts with its kind: [orm,...], [topic,...] or [snippet,...]");
        }
        position = comma < 0 ? body.length() : comma + 1;
        Map<String, String> values = new LinkedHashMap<>();
        while (position < body.length()) {
            int equals = body.indexOf('=', position);
            int nextComma = body.indexOf(',', position);
            if (equals < 0 || (nextComma >= 0 && nextComma < equals)) {
                String bare = body.substring(position, nextComma < 0 ? body.length() : nextComma).strip();
                throw new SyntaxException("'" + bare + "' has no value; write it as key=value");
            }
            String key = body.substring(position, equals).strip();
            position = equals + 1;
            StringBuilder value = new StringBuilder();
            if (position < body.length() && body.charAt(position) == '"') {
                position = readQuoted(body, position + 1, value, key);
                if (position < body.length() && body.charAt(position) != ',') {
                    throw new SyntaxException("expected ',' after the quoted value of '" + key + "'");
                }
            } else {
                int end = body.indexOf(',', position);
                end = end < 0 ? body.length() : end;
                value.append(body, position, end);
                if (value.indexOf("\"") >= 0) {
                    throw new SyntaxException("the value of '" + key + "' has a stray '\"'; quote the whole value");
                }
                position = end;
            }
            if (values.put(key, value.toString().strip()) != null) {
                throw new SyntaxException("'" + key + "' is given twice");
            }
            position++;
        }
        return new EntryLine(kind, values);
    }

    private static int readQuoted(String body, int position, StringBuilder value, String key) throws SyntaxException {
        while (position < body.length()) {
            char c = body.charAt(position);
            if (c == '\\' && position + 1 < body.length()) {
                value.append(body.charAt(position + 1));
                position += 2;
            } else if (c == '"') {
                return position + 1;
            } else {
                value.append(c);
                position++;
            }
        }
        throw new SyntaxException("the value of '" + key + "' has no closing '\"'");
    }

    /** Rejects keys this kind of entry does not know, naming the ones it does. */
    void requireKnownKeys(Set<String> allowed) throws SyntaxException {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new SyntaxException(Suggestions.unknown("key", "keys of [" + kind + ",...]", key,
                        new TreeSet<>(allowed)));
            }
        }
    }

    String required(String key) throws SyntaxException {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new SyntaxException("[" + kind + ",...] needs " + key + "=...");
        }
        return value;
    }

    String optional(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
