package dev.ormcompare.site.convert;

import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page converted in this JVM, as the render goal converts it: what it logged and where. */
class PageConverterTest {

    @TempDir
    Path docs;

    @Test
    void aMistakeOnThePartialsLastLineIsAProblemOfThePartialAtThatLine() throws IOException {
        Path page = Files.writeString(docs.resolve("guide.adoc"), "= Guide\n\ninclude::_partials/_steps.adoc[]\n\nAfter.\n");
        Files.createDirectories(docs.resolve("_partials"));
        Path partial = Files.writeString(docs.resolve("_partials/_steps.adoc"), "Steps.\n\normcompare::apply[orms=djano]\n");

        PageConverter.Result result;
        try (PageConverter converter = new PageConverter(Map.of(), false)) {
            result = converter.convert(page);
        }

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.file()).isEqualTo(partial);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.describe(docs)).startsWith("_partials/_steps.adoc:3: unknown ORM 'djano'");
        });
    }
}
