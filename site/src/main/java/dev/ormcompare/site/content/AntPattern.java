package dev.ormcompare.site.content;

import java.util.regex.Pattern;

/**
 * A path pattern as Ant and maven-resources-plugin read it, matched against a path relative to the
 * source directory with {@code /} separators: {@code *} and {@code ?} stay within a folder,
 * {@code **} spans folders ({@code **}{@code /*.adoc} matches {@code index.adoc} too), and a
 * pattern ending in {@code /} means everything below that folder.
 */
final class AntPattern {

    private final String text;
    private final Pattern regex;

    private AntPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    static AntPattern of(String text) {
        String pattern = text.strip().replace('\\', '/');
        if (pattern.endsWith("/")) {
            pattern += "**";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else {
                char c = pattern.charAt(i++);
                switch (c) {
                    case '*' -> regex.append("[^/]*");
                    case '?' -> regex.append("[^/]");
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return new AntPattern(text, Pattern.compile(regex.toString()));
    }

    /** It names one file: no {@code *} or {@code ?}, not a folder. */
    boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0 && !text.strip().endsWith("/");
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
