package dev.ormcompare.site.convert;

import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Converter JVMs, started from this test's class path, give what converting in this JVM gives. */
class ForkedConverterTest {

    private static final Map<String, Object> ATTRIBUTES = Map.of("source-highlighter", "rouge", "showtitle", "");

    @TempDir
    Path docs;

    @Test
    void aPageConvertedInAConverterJvmIsThePageConvertedHere() throws IOException {
        Path page = write("guide.adoc", "= Guide\n:nav-order: 2\n\ninclude::_part.adoc[]\n\normcompare::apply[orms=\"django,djano\"]\n");
        write("_part.adoc", "[source,sql]\n----\nselect 1;\n----\n");

        PageConverter.Result here;
        try (PageConverter converter = new PageConverter(ATTRIBUTES, false)) {
            here = converter.convert(page);
        }
        PageConverter.Result forked;
        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, false)) {
            forked = converter.convert(page);
        }

        assertThat(forked).isEqualTo(here);
        assertThat(forked.page().header()).isEqualTo(new PageHeader("Guide", 2));
        assertThat(forked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.file()).isEqualTo(page);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("'djano'").contains("did you mean 'django'?");
        });
        assertThat(forked.inputs().files()).contains(page, docs.resolve("_part.adoc"));
    }

    @Test
    void oneConverterJvmConvertsPageAfterPageAndThreadsGetOneEach() throws Exception {
        List<Path> pages = List.of(write("a.adoc", "= A\n"), write("b.adoc", "= B\n"), write("c.adoc", "= C\n"));

        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, true)) {
            assertThat(converter.convert(pages.get(0)).page().body()).contains("<title>A</title>");
            Thread other = new Thread(() -> {
                try {
                    assertThat(converter.convert(pages.get(1)).page().header().title()).isEqualTo("B");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            other.start();
            other.join();
            assertThat(converter.convert(pages.get(2)).page().header().title()).isEqualTo("C");
        }
    }

    @Test
    void aConverterJvmThatCannotStartSaysHowToConvertInMavensJvm() {
        ForkSettings broken = new ForkSettings(docs.resolve("no-java-here"), ForkSettings.ownClasspath(), List.of());

        try (ForkedConverter converter = new ForkedConverter(broken, ATTRIBUTES, true)) {
            assertThatThrownBy(() -> converter.convert(docs.resolve("a.adoc")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot start a converter JVM with " + docs.resolve("no-java-here"))
                    .hasMessageContaining("<fork>false</fork>");
        }
    }

    @Test
    void aConverterJvmThatEndsIsAnErrorNamingThePage() throws IOException {
        Path page = write("a.adoc", "= A\n");
        // A JVM option it does not know: the JVM ends before it reads a page.
        ForkSettings failing = ForkSettings.thisJvm(ForkSettings.ownClasspath(), List.of("-XX:+NoSuchOptionAtAll"));

        try (ForkedConverter converter = new ForkedConverter(failing, ATTRIBUTES, true)) {
            assertThatThrownBy(() -> converter.convert(page))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the converter JVM ended while converting " + page)
                    .hasMessageContaining("exit code 1");
        }
    }

    private static ForkSettings fork() {
        return ForkSettings.thisJvm(ForkSettings.ownClasspath(), ForkSettings.DEFAULT_JVM_ARGS);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(docs.resolve(name), content);
    }
}
