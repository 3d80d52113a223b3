package dev.ormcompare.doxia;

import org.junit.jupiter.api.Test;

import javax.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The site plugin finds the parser and its module through Sisu's index, which is kept by hand. */
class ComponentIndexTest {

    @Test
    void theIndexListsEveryNamedComponentUnderTheConverterModulesId() throws IOException {
        String index;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/sisu/javax.inject.Named")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(index.lines()).containsExactly(AsciidocParser.class.getName(), AsciidocParserModule.class.getName());
        assertThat(AsciidocParser.class.getAnnotation(Named.class).value()).isEqualTo("asciidoc");
        assertThat(AsciidocParserModule.class.getAnnotation(Named.class).value()).isEqualTo("asciidoc");
        AsciidocParserModule module = new AsciidocParserModule();
        assertThat(module.getSourceDirectory()).isEqualTo("asciidoc");
        assertThat(module.getExtensions()).containsExactly("adoc", "asciidoc");
    }
}
