package dev.ormcompare.site.convert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Converting pages on worker threads and recording each on a thread of its own. */
class ConversionRunTest {

    private static final List<Path> PAGES = List.of(Path.of("a.adoc"), Path.of("b.adoc"), Path.of("c.adoc"));

    /** One converter, as a 50-page build on two cores has. */
    private static final ConverterScaling ONE = new ConverterScaling(1, 2, PAGES.size());

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theConverterGoesOnToTheNextPageWhileThePreviousIsRecorded() throws InterruptedException {
        CountDownLatch secondConverted = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ConversionRun run = new ConversionRun(PAGES, page -> {
            order.add("converted " + page);
            if (page.equals(PAGES.get(1))) {
                secondConverted.countDown();
            }
            return page.toString().toUpperCase();
        }, (page, converted) -> {
            if (page.equals(PAGES.get(0))) {
                // Were converting to wait for this, the second page would never be converted: the test times out.
                secondConverted.await();
            }
            order.add("recorded " + page);
            return "record of " + converted;
        }, ONE).start();

        ConversionRun.Done<?>[] done = run.finish();

        assertThat(Arrays.stream(done).<Object>map(ConversionRun.Done::result).toList())
                .containsExactly("record of A.ADOC", "record of B.ADOC", "record of C.ADOC");
        assertThat(order.indexOf("converted b.adoc")).isLessThan(order.indexOf("recorded a.adoc"));
        assertThat(order.stream().filter(step -> step.startsWith("recorded"))).containsExactly(
                "recorded a.adoc", "recorded b.adoc", "recorded c.adoc");
    }

    @Test
    void aPageThatFailsToConvertOrToBeRecordedKeepsItsCauseAndTheOthersAreDone() throws InterruptedException {
        ConversionRun run = new ConversionRun(PAGES, page -> {
            if (page.equals(PAGES.get(0))) {
                throw new IOException("the converter JVM ended");
            }
            return page.toString();
        }, (page, converted) -> {
            if (page.equals(PAGES.get(1))) {
                throw new IOException("disk full");
            }
            return converted;
        }, ONE).start();

        ConversionRun.Done<?>[] done = run.finish();

        assertThat(done[0].failure()).hasMessage("the converter JVM ended");
        assertThat(done[1].failure()).hasMessage("disk full");
        assertThat(done[2].result()).isEqualTo("c.adoc");
    }
}
