package dev.ormcompare.site.convert;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Converts a list of pages on worker threads, each with a converter of its own, starting more
 * workers while it runs as {@link ConverterScaling} says. Started early, so the first converter
 * boots while the caller does other work; {@link #finish()} waits for every page. Each worker sends
 * its converter the next page before it records the last ({@link Converter.Line}).
 */
public final class ConversionRun {

    /** What is done with one page's result; runs on a worker thread. */
    public interface Recorder<T> {
        T record(Path page, PageConverter.Result result) throws Exception;
    }

    /** One page's result, or what it threw. */
    public record Done<T>(int index, T result, Throwable failure, long nanos, boolean firstOfWorker) {
    }

    private final List<Path> pages;
    private final Converter converter;
    private final Recorder<?> recorder;
    private final ConverterScaling scaling;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ormcompare-converter");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger next = new AtomicInteger();
    private final BlockingQueue<Done<?>> done = new LinkedBlockingQueue<>();
    private int workers;

    public ConversionRun(List<Path> pages, Converter converter, Recorder<?> recorder, ConverterScaling scaling) {
        this.pages = List.copyOf(pages);
        this.converter = converter;
        this.recorder = recorder;
        this.scaling = scaling;
    }

    public ConversionRun start() {
        for (int i = 0; i < scaling.initial(); i++) {
            addWorker();
        }
        return this;
    }

    private void addWorker() {
        workers++;
        threads.execute(() -> {
            try (Converter.Line line = converter.line()) {
                boolean first = true;
                long start = System.nanoTime();
                int index = next.getAndIncrement();
                if (index < pages.size()) {
                    line.send(pages.get(index));
                }
                while (index < pages.size()) {
                    int following = next.getAndIncrement();
                    if (following < pages.size()) {
                        line.send(pages.get(following));
                    }
                    Path page = pages.get(index);
                    try {
                        Object result = recorder.record(page, line.receive());
                        done.add(new Done<>(index, result, null, System.nanoTime() - start, first));
                    } catch (Throwable failure) {
                        done.add(new Done<>(index, null, failure, System.nanoTime() - start, first));
                    }
                    start = System.nanoTime();
                    first = false;
                    index = following;
                }
            }
        });
    }

    /** Every page's outcome, by its index in the list; adds workers while pages are left. */
    public Done<?>[] finish() throws InterruptedException {
        Done<?>[] results = new Done<?>[pages.size()];
        long startNanos = -1;
        Deque<Long> recent = new ArrayDeque<>();
        try {
            for (int count = 0; count < pages.size(); count++) {
                Done<?> page = done.take();
                results[page.index()] = page;
                if (page.firstOfWorker()) {
                    startNanos = startNanos < 0 ? page.nanos() : startNanos;
                    continue;
                }
                recent.addLast(page.nanos());
                if (recent.size() > ConverterScaling.SETTLING_PAGES) {
                    recent.removeFirst();
                }
                int left = Math.max(0, pages.size() - next.get());
                long pace = recent.stream().mapToLong(Long::longValue).sum() / recent.size();
                if (left > 0 && scaling.wantsAnother(workers, count + 1, left, startNanos, pace)) {
                    addWorker();
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
