package dev.ormcompare.site.convert;

import dev.ormcompare.site.MessageList;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Converter JVMs, started from this test's class path, give what converting in this JVM gives. */
class ForkedConverterTest {

    private static final Map<String, Object> ATTRIBUTES = Map.of("source-highlighter", "rouge", "showtitle", "");

    @TempDir
    Path docs;

    private final MessageList log = new MessageList(new CopyOnWriteArrayList<>());

    @Test
    void aPageConvertedInAConverterJvmIsThePageConvertedHere() throws IOException {
        Path page = write("guide.adoc", "= Guide\n:nav-order: 2\n\ninclude::_part.adoc[]\n\normcompare::apply[orms=\"django,djano\"]\n");
        write("_part.adoc", "[source,sql]\n----\nselect 1;\n----\n");

        PageConverter.Result here;
        try (PageConverter converter = new PageConverter(ATTRIBUTES, false)) {
            here = converter.convert(page);
        }
        PageConverter.Result forked;
        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, false, log)) {
            forked = converter.convert(page);
        }

        assertThat(forked).isEqualTo(here);
        assertThat(forked.page().header().title()).isEqualTo("Guide");
        assertThat(forked.page().header().navOrder()).isEqualTo(2);
        assertThat(forked.page().header().outline().includes()).extracting(PageHeader.Include::file)
                .containsExactly(docs.resolve("_part.adoc").toAbsolutePath().normalize());
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

        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, true, log)) {
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
    void aLineOfPagesSentAheadIsAnsweredInOrderByOneConverterJvm() throws IOException {
        List<Path> pages = List.of(write("a.adoc", "= A\n\n== Part\n"), write("b.adoc", "= B\n"), write("c.adoc", "= C\n"));

        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, false, log);
             Converter.Line line = converter.line()) {
            pages.forEach(line::send);
            assertThat(ProcessHandle.current().children().filter(ForkedConverterTest::isConverterJvm)).hasSize(1);
            List<PageConverter.Result> results = List.of(line.receive(), line.receive(), line.receive());
            assertThat(results).extracting(result -> result.page().header().title()).containsExactly("A", "B", "C");
            assertThat(results).extracting(result -> result.inputs().files()).containsExactly(
                    List.of(pages.get(0)), List.of(pages.get(1)), List.of(pages.get(2)));
            // Each body was read, in the converter JVM: the ids of its sections are in its outline.
            assertThat(results.get(0).page().header().outline().ids()).contains("_part");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aConverterJvmKilledWhileItOwesPagesFailsTheFirstAndAnotherJvmConvertsTheRest() throws Exception {
        List<Path> pages = List.of(write("a.adoc", "= A\n"), write("b.adoc", "= B\n"), write("c.adoc", "= C\n"));

        try (ForkedConverter converter = new ForkedConverter(fork(), ATTRIBUTES, true, log);
             Converter.Line line = converter.line()) {
            line.send(pages.get(0));
            assertThat(line.receive().page().header().title()).isEqualTo("A");
            ProcessHandle child = ProcessHandle.current().children().filter(ForkedConverterTest::isConverterJvm)
                    .findFirst().orElseThrow();
            // Frozen first, so that it answers neither page before it is killed.
            assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(child.pid())).start().waitFor()).isZero();
            line.send(pages.get(1));
            line.send(pages.get(2));
            child.destroyForcibly();
            assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();

            assertThatThrownBy(line::receive)
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("the converter JVM ended while converting " + pages.get(1) + " (exit code 137)");
            assertThat(line.receive().page().header().title()).isEqualTo("C");
        }
    }

    @Test
    void aConverterJvmThatCannotStartSaysHowToConvertInMavensJvm() {
        ForkSettings broken = new ForkSettings(docs.resolve("no-java-here"), ForkSettings.ownClasspath(), List.of());

        try (ForkedConverter converter = new ForkedConverter(broken, ATTRIBUTES, true, log)) {
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

        try (ForkedConverter converter = new ForkedConverter(failing, ATTRIBUTES, true, log)) {
            assertThatThrownBy(() -> converter.convert(page))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the converter JVM ended while converting " + page)
                    .hasMessageContaining("exit code 1")
                    .hasMessageContaining("the last it printed: ")
                    .hasMessageContaining("Unrecognized VM option 'NoSuchOptionAtAll'");
        }
        assertThat(log.messages()).contains("WARN converter JVM: Unrecognized VM option 'NoSuchOptionAtAll'");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void whatAConverterJvmPrintsIsLoggedAsItIsAndNeverTakenForAnAnswer() throws IOException {
        Path page = write("guide.adoc", "= Guide\n\n[source,sql]\n----\nselect 1;\n----\n");
        // A GC log on standard output, as JAVA_TOOL_OPTIONS=-verbose:gc gives every JVM in many CI set-ups;
        // a heap so small that the collector logs while pages are converted.
        List<String> jvmArgs = new ArrayList<>(ForkSettings.DEFAULT_JVM_ARGS);
        jvmArgs.addAll(List.of("-verbose:gc", "-Xmx256m", "-Xmn8m"));
        ForkSettings gcLogging = ForkSettings.thisJvm(ForkSettings.ownClasspath(), jvmArgs);

        try (ForkedConverter converter = new ForkedConverter(gcLogging, ATTRIBUTES, false, log)) {
            for (int i = 0; i < 3; i++) {
                assertThat(converter.convert(page).page().body()).contains("select");
            }
        }

        // As the JVM printed it, e.g. "[0.004s][info][gc] Using Serial", and more as it collected.
        assertThat(log.messages()).anyMatch(message -> message.matches("INFO converter JVM: \\[[0-9.]+s\\]\\[info\\]\\[gc\\] Using Serial"))
                .anyMatch(message -> message.matches("INFO converter JVM: \\[[0-9.]+s\\]\\[info\\]\\[gc\\] GC\\(\\d+\\) Pause .*"));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aConverterJvmThatNeverConnectsIsStoppedAfterTheTimeoutSayingWhatItPrintedLast() throws IOException {
        Path page = write("a.adoc", "= A\n");
        // A debugger agent left in the options: the JVM waits for a debugger before it runs any code.
        List<String> jvmArgs = List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0");
        ForkSettings waiting = ForkSettings.thisJvm(ForkSettings.ownClasspath(), jvmArgs).withTimeout(Duration.ofSeconds(5));

        try (ForkedConverter converter = new ForkedConverter(waiting, ATTRIBUTES, true, log)) {
            assertThatThrownBy(() -> converter.convert(page))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("the converter JVM gave no answer for " + page + " in 5 s and was stopped; "
                            + "the last it printed: 'Listening for transport dt_socket at address: ")
                    .hasMessageContaining("<convertTimeout>");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aConverterJvmThatStopsAnsweringIsStoppedAfterTheTimeoutAndTheNextPageGetsAnother() throws Exception {
        List<String> jvmArgs = new ArrayList<>(ForkSettings.DEFAULT_JVM_ARGS);
        jvmArgs.add("-verbose:gc");
        ForkSettings impatient = ForkSettings.thisJvm(ForkSettings.ownClasspath(), jvmArgs).withTimeout(Duration.ofSeconds(30));
        Path page = write("b.adoc", "= B\n");

        try (ForkedConverter converter = new ForkedConverter(impatient, ATTRIBUTES, true, log)) {
            assertThat(converter.convert(write("a.adoc", "= A\n")).page().header().title()).isEqualTo("A");
            // Frozen, as a JVM swapped out or stopped by a debugger is: alive, silent.
            ProcessHandle child = ProcessHandle.current().children().filter(ForkedConverterTest::isConverterJvm)
                    .findFirst().orElseThrow();
            assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(child.pid())).start().waitFor()).isZero();

            assertThatThrownBy(() -> converter.convert(page))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("the converter JVM gave no answer for " + page + " in 30 s and was stopped; "
                            + "the last it printed: '")
                    .hasMessageContaining("[gc] Using Serial");
            assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(converter.convert(page).page().header().title()).isEqualTo("B");
        }
    }

    @Test
    void includesNestedDeeperThanTheStackAreAnErrorAtTheIncludeNotACrash() throws Exception {
        Path page = write("guide.adoc", "= Guide\n\nintro\n\ninclude::_loop.adoc[]\n");
        Path loop = write("_loop.adoc", "again\n\ninclude::_loop.adoc[]\n");
        // Deeper than a 1 MiB stack holds (it gives out near 2,000), so Asciidoctor's own limit is not reached.
        Map<String, Object> deep = Map.of("max-include-depth", "5000");

        PageConverter.Result[] here = new PageConverter.Result[1];
        try (PageConverter converter = new PageConverter(deep, false)) {
            Thread oneMib = new Thread(null, () -> here[0] = converter.convert(page), "converter", 1 << 20);
            oneMib.start();
            oneMib.join();
            assertThat(converter.convert(write("after.adoc", "= After\n")).page().header().title()).isEqualTo("After");
        }
        PageConverter.Result forked;
        List<String> jvmArgs = new ArrayList<>(ForkSettings.DEFAULT_JVM_ARGS);
        jvmArgs.add("-Xss1m");
        try (ForkedConverter converter = new ForkedConverter(ForkSettings.thisJvm(ForkSettings.ownClasspath(), jvmArgs),
                deep, false, log)) {
            forked = converter.convert(page);
        }

        assertThat(forked).isEqualTo(here[0]);
        assertThat(forked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.file()).isEqualTo(loop);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("includes nested too deep: the conversion ran out of stack at "
                    + "this include of '_loop.adoc' (max-include-depth is 5000)");
        });
        assertThat(forked.inputs().isVolatile()).isTrue();
    }

    private static boolean isConverterJvm(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .contains(ConverterMain.class.getName());
        } catch (IOException e) {
            return false; // ended meanwhile
        }
    }

    private static ForkSettings fork() {
        return ForkSettings.thisJvm(ForkSettings.ownClasspath(), ForkSettings.DEFAULT_JVM_ARGS);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(docs.resolve(name), content);
    }
}
