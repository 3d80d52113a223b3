package dev.ormcompare.catalog;

/** User text made safe to print in a message: control characters, such as NUL, shown as escapes. */
public final class Printable {

    private Printable() {
    }

    /** {@code "a\u0000b"} becomes {@code "a\\u0000b"}; everything else is kept. */
    public static String of(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                printable.append(String.format("\\u%04X", (int) c));
            } else {
                printable.append(c);
            }
        }
        return printable.toString();
    }
}
