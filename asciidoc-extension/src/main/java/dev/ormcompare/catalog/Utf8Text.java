package dev.ormcompare.catalog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, strictly as UTF-8: a byte order mark at the start is read past, and a byte that is
 * not UTF-8 is reported at its line and column, which a docs writer can go to.
 */
final class Utf8Text {

    /** Where the first byte that is not UTF-8 is; lines and columns count from 1, columns in characters. */
    static final class Malformed extends Exception {
        private final int line;
        private final int column;
        private final int firstByte;

        Malformed(int line, int column, int firstByte) {
            super(String.format("byte 0x%02X at line %d, column %d is not UTF-8", firstByte, line, column));
            this.line = line;
            this.column = column;
            this.firstByte = firstByte;
        }

        int line() {
            return line;
        }

        /** E.g. "byte 0xE9 at column 7 is not UTF-8", for a message located at the line. */
        String describeInLine() {
            return String.format("byte 0x%02X at column %d is not UTF-8", firstByte, column);
        }
    }

    private Utf8Text() {
    }

    static String decode(byte[] bytes) throws Malformed {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw locate(out.flip(), bytes[in.position()] & 0xFF);
        }
        return out.flip().toString();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Counts lines as {@link String#lines()} does (\n, \r, \r\n), so the line matches the parser's. */
    private static Malformed locate(CharSequence before, int badByte) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Malformed(line, column, badByte);
    }
}
