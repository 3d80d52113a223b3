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
 * workers while it runs as {@link ConverterScaling} says, and records each converted page on one
 * thread of its own while the workers convert the next: a converter never waits for a page to be
 * recorded. Started early, so the first converter boots while the caller does other work; {@link
 * #finish()} waits for every page.
 */
public final class ConversionRun {

    /** Converting one page; runs on a worker thread. */
    public interface Task<T> {
        T run(Path page) throws Exception;
    }

    /** Recording what converting a page gave; runs on the recording thread, one page after the other. */
    public interface Record<T, R> {
        R run(Path page, T converted) throws Exception;
    }

    /** One page's record, or what converting or recording it threw; {@code nanos} is what converting it took. */
    public record Done<R>(int index, R result, Throwable failure, long nanos, boolean firstOfWorker) {
    }

    private final List<Path> pages;
    private final Task<Object> task;
    private final Record<Object, ?> record;
    private final ConverterScaling scaling;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> daemon(runnable, "ormcompare-converter"));
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "ormcompare-recorder"));
    private final AtomicInteger next = new AtomicInteger();
    private final BlockingQueue<Done<?>> done = new LinkedBlockingQueue<>();
    private int workers;

    @SuppressWarnings("unchecked")
    public <T> ConversionRun(List<Path> pages, Task<T> task, Record<T, ?> record, ConverterScaling scaling) {
        this.pages = List.copyOf(pages);
        this.task = (Task<Object>) task;
        this.record = (Record<Object, ?>) record;
        this.scaling = scaling;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
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
            boolean first = true;
            for (int index = next.getAndIncrement(); index < pages.size(); index = next.getAndIncrement()) {
                long start = System.nanoTime();
                Path page = pages.get(index);
                boolean firstOfWorker = first;
                first = false;
                Object converted;
                try {
                    converted = task.run(page);
                } catch (Throwable failure) {
                    done.add(new Done<>(index, null, failure, System.nanoTime() - start, firstOfWorker));
                    continue;
                }
                long nanos = System.nanoTime() - start;
                int at = index;
                recorder.execute(() -> {
                    try {
                        done.add(new Done<>(at, record.run(page, converted), null, nanos, firstOfWorker));
                    } catch (Throwable failure) {
                        done.add(new Done<>(at, null, failure, nanos, firstOfWorker));
                    }
                });
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
            recorder.shutdownNow();
        }
    }
}
