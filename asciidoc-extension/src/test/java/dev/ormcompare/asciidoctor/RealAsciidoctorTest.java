package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of the tests that convert documents: one real Asciidoctor per test class, files in a temp folder. */
abstract class RealAsciidoctorTest {

    @TempDir
    static Path directory;
    static Conversion conversion;

    @BeforeAll
    static void startAsciidoctor() {
        conversion = new Conversion(directory);
    }

    @AfterAll
    static void stopAsciidoctor() {
        conversion.close();
    }
}
