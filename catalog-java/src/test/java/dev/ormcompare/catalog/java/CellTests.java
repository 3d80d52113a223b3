package dev.ormcompare.catalog.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The cells that have a test: "orm topic" of every {@link Topic} method of a concrete {@link Orm} class. */
final class CellTests {

    private CellTests() {
    }

    static Set<String> names() {
        Path classes = testClassesDirectory();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith("Test.class")).forEach(file -> {
                Class<?> type = load(classes.relativize(file));
                Orm orm = type.getAnnotation(Orm.class);
                if (orm != null && !Modifier.isAbstract(type.getModifiers())) {
                    for (Method method : type.getDeclaredMethods()) {
                        Topic topic = method.getAnnotation(Topic.class);
                        if (topic != null) {
                            names.add(Cell.name(orm.value(), topic.value()));
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(CellTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace(classFile.getFileSystem().getSeparator(), ".");
        try {
            return Class.forName(name.substring(0, name.length() - ".class".length()), false,
                    CellTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
