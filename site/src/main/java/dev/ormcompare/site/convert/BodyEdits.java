package dev.ormcompare.site.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a body Asciidoctor wrote, each replacing a range the HTML parser located, made in one pass: the body
 * is never written back from the parser's tree, so everything else stays byte for byte as Asciidoctor wrote it.
 */
final class BodyEdits {

    /** Replaces {@code [start, end)} of the body with {@code html}; {@code start == end} inserts. */
    record Edit(int start, int end, String html) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void add(Edit edit) {
        edits.add(edit);
    }

    String applyTo(String body) {
        if (edits.isEmpty()) {
            return body;
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder edited = new StringBuilder(body.length() + 1024);
        int copied = 0;
        for (Edit edit : edits) {
            edited.append(body, copied, edit.start()).append(edit.html());
            copied = edit.end();
        }
        return edited.append(body, copied, body.length()).toString();
    }

    /** Where a position of the body is in the edited body; -1 for one inside a replaced range. */
    int shift(int position) {
        int shifted = position;
        for (Edit edit : edits) {
            if (position > edit.start() && position < edit.end()) {
                return -1;
            }
            if (position >= edit.end()) {
                shifted += edit.html().length() - (edit.end() - edit.start());
            }
        }
        return shifted;
    }
}
