package dev.ormcompare.asciidoctor;

import dev.ormcompare.asciidoctor.settings.AsciidoctorJulLog;
import org.asciidoctor.log.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Filter;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AsciidoctorJ's copy of its messages on java.util.logging, muted on the threads of a build that
 * reports them itself and on no other, with a real Asciidoctor logging a real warning.
 */
class AsciidoctorJulLogTest extends RealAsciidoctorTest {

    private static final String UNTERMINATED = "= Warned\n\n----\nnever closed\n";

    private final Logger logger = Logger.getLogger("asciidoctor");
    private AsciidoctorConsole console;
    private final Filter ownFilter = record -> !String.valueOf(record.getMessage()).startsWith("dropped by its own filter");
    private final ExecutorService threadA = Executors.newSingleThreadExecutor();
    private final ExecutorService threadB = Executors.newSingleThreadExecutor();

    @BeforeEach
    void listenToTheLogger() {
        logger.setFilter(ownFilter);
        console = AsciidoctorConsole.listen();
    }

    @AfterEach
    void stopListening() {
        console.close();
        logger.setFilter(null);
        threadA.shutdownNow();
        threadB.shutdownNow();
    }

    /** Converts a page that logs a warning; returns what Asciidoctor handed the build's own log handler. */
    private static List<String> convertAWarnedPage() {
        conversion.convert("warned.adoc", UNTERMINATED, "html5", false, Map.of());
        return conversion.records().stream().map(LogRecord::getMessage).toList();
    }

    @Test
    void aMutedThreadsMessagesReachTheBuildAndNotTheLogger() {
        try (AsciidoctorJulLog.Muted muted = AsciidoctorJulLog.muteThisThread()) {
            assertThat(convertAWarnedPage()).singleElement().asString().contains("unterminated listing block");
        }
        assertThat(console.printed()).isEmpty();

        assertThat(convertAWarnedPage()).hasSize(1);
        assertThat(console.printed()).singleElement().asString().contains("unterminated listing block");
    }

    @Test
    void overlappingBuildsKeepTheirThreadsMutedAndOthersHeard() throws Exception {
        Level levelBefore = new Level(logger);
        AsciidoctorJulLog.Muted mutedA = threadA.submit(AsciidoctorJulLog::muteThisThread).get();
        AsciidoctorJulLog.Muted mutedB = threadB.submit(AsciidoctorJulLog::muteThisThread).get();
        threadA.submit(mutedA::close).get();

        // B's build goes on after A's ended: still muted.
        assertThat(threadB.submit(AsciidoctorJulLogTest::convertAWarnedPage).get()).hasSize(1);
        assertThat(console.printed()).isEmpty();
        // Another user of the logger, while B is muted: heard, through the logger's own filter.
        threadA.submit(() -> {
            logger.warning("another user's message");
            logger.warning("dropped by its own filter");
        }).get();
        convertAWarnedPage();
        assertThat(console.printed()).hasSize(2).first().isEqualTo("another user's message");

        threadB.submit(mutedB::close).get();
        assertThat(logger.getFilter()).isSameAs(ownFilter);
        assertThat(new Level(logger)).isEqualTo(levelBefore);
    }

    @Test
    void closingTwiceUnmutesOnce() throws Exception {
        AsciidoctorJulLog.Muted outer = AsciidoctorJulLog.muteThisThread();
        AsciidoctorJulLog.Muted inner = AsciidoctorJulLog.muteThisThread();
        inner.close();
        inner.close();

        convertAWarnedPage();
        assertThat(console.printed()).isEmpty();

        outer.close();
        assertThat(logger.getFilter()).isSameAs(ownFilter);
    }

    /** What a JVM-wide change would touch: the logger's level and whether it prints through its parents. */
    private record Level(java.util.logging.Level level, boolean useParentHandlers) {
        Level(Logger logger) {
            this(logger.getLevel(), logger.getUseParentHandlers());
        }
    }
}
