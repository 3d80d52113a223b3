package dev.ormcompare.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A cell's committed SQL file, {@code sql/<orm>/<topic>.sql} (a topic's "/" becomes "-"): the statements its region
 * sent, one per line. Compared with what a run captured, or rewritten with {@code -Dormcompare.sql.rewrite=true}.
 */
final class SqlFile {

    static final String REWRITE_PROPERTY = "ormcompare.sql.rewrite";

    private final Path path;

    private SqlFile(Path path) {
        this.path = path;
    }

    static SqlFile of(String orm, String topic) {
        return new SqlFile(directory().resolve(orm).resolve(fileName(topic)));
    }

    static Path directory() {
        return Path.of(System.getProperty("ormcompare.sql.dir",
                "src/main/resources/dev/ormcompare/catalog/java/sql"));
    }

    /** The file name java.adoc's {@code sql=} names for a topic. */
    static String fileName(String topic) {
        return topic.replace('/', '-') + ".sql";
    }

    void check(String cell, List<String> statements) {
        if (Boolean.getBoolean(REWRITE_PROPERTY)) {
            rewrite(statements);
            return;
        }
        if (statements.isEmpty()) {
            assertTrue(Files.notExists(path), () -> cell + ": sent no SQL, but " + path
                    + " lists statements (delete it, or rewrite with -D" + REWRITE_PROPERTY + "=true)");
            return;
        }
        assertTrue(Files.exists(path), () -> cell + ": sent " + statements.size() + " statement(s), but " + path
                + " does not exist (create it with -D" + REWRITE_PROPERTY + "=true)");
        assertEquals(read(), String.join("\n", statements), () -> cell + ": the SQL sent differs from " + path
                + " (if the change is intended, rewrite it with -D" + REWRITE_PROPERTY + "=true)");
    }

    private String read() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewrite(List<String> statements) {
        try {
            if (statements.isEmpty()) {
                Files.deleteIfExists(path);
            } else {
                Files.createDirectories(path.getParent());
                Files.writeString(path, String.join("\n", statements) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
