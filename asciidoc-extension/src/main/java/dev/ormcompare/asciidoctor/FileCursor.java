package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Cursor;

import java.nio.file.Path;

/**
 * A location in a file Asciidoctor did not read itself, such as a catalog file. (AsciidoctorJ
 * 3.0's {@code newCursor(file, dir, line)} loses the line, so log records use this instead.)
 */
record FileCursor(Path file, int line) implements Cursor {

    @Override
    public int getLineNumber() {
        return line;
    }

    @Override
    public String getPath() {
        return file.getFileName().toString();
    }

    @Override
    public String getDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? null : parent.toString();
    }

    @Override
    public String getFile() {
        return file.toString();
    }
}
