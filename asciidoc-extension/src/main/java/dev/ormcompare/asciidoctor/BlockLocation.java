package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file and line a block came from, for the messages about it. Asciidoctor records where it began
 * reading a block; but a one-line block on the last line of an included file is read after a look-ahead
 * that already left that file, so Asciidoctor records the line of the include directive instead. A
 * directive is never where a block is: the block is then on the last line of the file it includes (of
 * the innermost file, when that line includes another one).
 */
final class BlockLocation {

    private static final Pattern INCLUDE = Pattern.compile("include::([^\\[\\s][^\\[]*)\\[(.*)]");
    /** Include attributes that pick lines: the file's last line is then not the last line included. */
    private static final Pattern PICKS_LINES = Pattern.compile("(?:^|,)\\s*(?:lines|tags?)\\s*=");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");
    /** Asciidoctor's default {@code max-include-depth}. */
    private static final int MAX_INCLUDE_DEPTH = 64;

    private BlockLocation() {
    }

    /** Where {@code block} is, or null when Asciidoctor did not record it (no sourcemap). */
    static Cursor of(StructuralNode block) {
        Cursor location = block.getSourceLocation();
        if (location == null || location.getLineNumber() <= 0) {
            return location;
        }
        Document document = block.getDocument();
        String line = lineAt(document, location);
        for (int depth = 0; line != null && depth < MAX_INCLUDE_DEPTH; depth++) {
            Matcher include = INCLUDE.matcher(line);
            Path included = include.matches() && !PICKS_LINES.matcher(include.group(2)).find()
                    ? includedFile(document, location, include.group(1)) : null;
            List<String> lines = included == null ? null : lines(included);
            int last = lines == null ? -1 : lastNonBlank(lines);
            if (last < 0) {
                break;
            }
            location = new FileCursor(included, last + 1);
            line = lines.get(last);
        }
        return location;
    }

    // The line as written: in the page's own source when Asciidoctor read it from text (no file), else in the file.
    private static String lineAt(Document document, Cursor location) {
        List<String> lines = location.getFile() == null ? document.getSourceLines() : lines(Path.of(location.getFile()));
        return lines == null || location.getLineNumber() > lines.size() ? null : lines.get(location.getLineNumber() - 1);
    }

    // As Asciidoctor resolves it: attribute references replaced, relative to the folder of the file that includes it.
    private static Path includedFile(Document document, Cursor location, String target) {
        Matcher reference = ATTRIBUTE_REFERENCE.matcher(target);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            Object value = document.getAttribute(reference.group(1));
            if (value == null) {
                return null;
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(value.toString()));
        }
        reference.appendTail(resolved);
        if (location.getDir() == null || resolved.indexOf("://") >= 0) {
            return null;
        }
        try {
            Path file = Path.of(location.getDir()).resolve(resolved.toString().strip()).normalize();
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null; // unreadable now: the location Asciidoctor recorded stands
        }
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
