package dev.ormcompare.doxia;

import org.junit.jupiter.api.Test;

import javax.inject.Named;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The site plugin finds the parser and its module through Sisu's index, which is kept by hand. */
class ComponentIndexTest {

    /** The newest class file (Java 14's) the Sisu of Maven 3.6.3 and 3.8.x reads; it skips newer ones silently. */
    private static final int NEWEST_CLASS_FILE_MAVEN_3_6_READS = 58;

    @Test
    void theIndexListsEveryNamedComponentUnderTheConverterModulesId() throws IOException {
        assertThat(index()).containsExactly(AsciidocParser.class.getName(), AsciidocParserModule.class.getName());
        assertThat(AsciidocParser.class.getAnnotation(Named.class).value()).isEqualTo("asciidoc");
        assertThat(AsciidocParserModule.class.getAnnotation(Named.class).value()).isEqualTo("asciidoc");
        AsciidocParserModule module = new AsciidocParserModule();
        assertThat(module.getSourceDirectory()).isEqualTo("asciidoc");
        assertThat(module.getExtensions()).containsExactly("adoc", "asciidoc");
    }

    @Test
    void everyIndexedComponentIsAClassFileMaven36And38CanRead() throws IOException {
        for (String component : index()) {
            assertThat(classFileVersion(component)).as(component).isLessThanOrEqualTo(NEWEST_CLASS_FILE_MAVEN_3_6_READS);
        }
    }

    private List<String> index() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/sisu/javax.inject.Named")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    // A class file starts with its magic number (4 bytes), minor version (2), major version (2).
    private int classFileVersion(String className) throws IOException {
        try (DataInputStream in = new DataInputStream(getClass().getResourceAsStream("/" + className.replace('.', '/') + ".class"))) {
            assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
            in.readUnsignedShort();
            return in.readUnsignedShort();
        }
    }
}
