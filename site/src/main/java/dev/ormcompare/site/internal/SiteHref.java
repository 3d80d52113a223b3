package dev.ormcompare.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A link from a page of the site to another of its files, built from file names, which a writer
 * chooses and a browser must never read as anything but a path: always relative ({@code ./} from the
 * site's root), each character a URL would give another meaning percent-encoded. So a page named
 * {@code javascript:alert(1).adoc} links as {@code ./javascript%3Aalert(1).html}, never as a script.
 */
public final class SiteHref {

    /** A relative link to an HTML file, as Asciidoctor writes an xref to another page: the file, then any fragment. */
    public static final Pattern PAGE_HREF = Pattern.compile("([^#?:]+\\.html)(#.*)?");

    /** What a path may hold as it is (RFC 3986's unreserved characters, sub-delimiters, {@code @} and {@code /}). */
    private static final String KEPT = "-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SiteHref() {
    }

    /**
     * @param root     the way up from the linking page to the site's root: {@code ""}, {@code "../"}, ...
     * @param sitePath the file's path in the site, with {@code /}
     */
    public static String of(String root, String sitePath) {
        return (root.isEmpty() ? "./" : root) + encoded(sitePath);
    }

    /** {@code sitePath} with each byte a path may not hold as it is percent-encoded. */
    public static String encoded(String sitePath) {
        StringBuilder href = new StringBuilder(sitePath.length() + 8);
        for (byte b : sitePath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                href.append(c);
            } else {
                href.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return href.toString();
    }
}
