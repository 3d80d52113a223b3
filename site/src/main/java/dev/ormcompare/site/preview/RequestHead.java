package dev.ormcompare.site.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request line and the {@code Host} header of an HTTP/1.x request, which is all the preview
 * reads of one: it answers GET and HEAD, so a request has no body it needs.
 *
 * @param method e.g. {@code GET}
 * @param rawPath the target's path, still percent-encoded, e.g. {@code /guide/a%20b.html}
 * @param rawQuery the target's query without {@code ?}; null for none
 * @param host the {@code Host} header's value; null when the request has none
 */
record RequestHead(String method, String rawPath, String rawQuery, String host) {

    /** A head longer than this is refused: a browser's is a few hundred bytes. */
    static final int MAX_BYTES = 16 * 1024;

    /** A request that is not HTTP, too long, or with two {@code Host} headers. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * Reads up to the blank line that ends the head, and not a byte further.
     *
     * @throws Malformed for a head that is not an HTTP request's
     * @throws IOException when the connection ends or its read times out first
     */
    static RequestHead read(InputStream in) throws IOException {
        String[] lines = headLines(in);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith("/")) {
            throw new Malformed("not an HTTP/1 request line: " + lines[0]);
        }
        String host = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("host")) {
                if (host != null) {
                    throw new Malformed("two Host headers");
                }
                host = lines[i].substring(colon + 1).strip();
            }
        }
        String target = requestLine[1];
        int question = target.indexOf('?');
        return new RequestHead(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? null : target.substring(question + 1), host);
    }

    /** The head's lines, without their line ends, up to the blank one. */
    private static String[] headLines(InputStream in) throws IOException {
        byte[] head = new byte[MAX_BYTES];
        int length = 0;
        while (true) {
            int next = in.read();
            if (next < 0) {
                throw new Malformed("the connection ended within the request's head");
            }
            if (length == head.length) {
                throw new Malformed("a request head longer than " + MAX_BYTES + " bytes");
            }
            head[length++] = (byte) next;
            if (next == '\n' && (endsWith(head, length, "\n\n") || endsWith(head, length, "\r\n\r\n"))) {
                String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).strip();
                if (text.isEmpty()) {
                    throw new Malformed("an empty request");
                }
                return text.split("\r?\n");
            }
        }
    }

    private static boolean endsWith(byte[] bytes, int length, String end) {
        if (length < end.length()) {
            return false;
        }
        for (int i = 0; i < end.length(); i++) {
            if (bytes[length - end.length() + i] != end.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
