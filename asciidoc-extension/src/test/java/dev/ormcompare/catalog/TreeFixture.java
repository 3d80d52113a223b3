package dev.ormcompare.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The catalog tree of src/test/resources/tree (ours, in ORM Party's layout), copied where a test may change it. */
public final class TreeFixture {

    private TreeFixture() {
    }

    /** Copies the fixture tree to {@code target}, which it creates, and returns it. */
    public static Path copyTo(Path target) {
        try {
            Path source = Path.of(TreeFixture.class.getResource("/tree").toURI());
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path copy = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
