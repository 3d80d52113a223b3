package dev.ormcompare.asciidoctor.settings;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * AsciidoctorJ prints every message it logs through java.util.logging's logger {@code asciidoctor},
 * besides handing it to the log handlers registered with the Asciidoctor that logged it. A build
 * that reports the messages itself (with file and line, at its own levels) mutes that copy for its
 * own conversions only: a filter on the logger drops what a thread logs while it is muted, and lets
 * through what other threads log, so that another user of AsciidoctorJ in the same JVM keeps its
 * console. Nothing else of the logger changes: not its level, its handlers or its parents. The
 * filter is in place while any thread is muted, so overlapping builds ({@code serve}, {@code -T})
 * never take it away from each other, and the logger's own filter is back once none is.
 */
public final class AsciidoctorJulLog {

    // Held, so that the logger, and the filter set on it, are not collected.
    private static final Logger LOGGER = Logger.getLogger("asciidoctor");
    /** How many muted stretches this thread is in; null when none. */
    private static final ThreadLocal<Integer> MUTED_DEPTH = new ThreadLocal<>();

    private static int mutedScopes;
    private static Filter previous;
    private static Filter installed;

    private AsciidoctorJulLog() {
    }

    /** Mutes what this thread logs through the logger until the returned scope is closed. */
    public static Muted muteThisThread() {
        synchronized (AsciidoctorJulLog.class) {
            if (mutedScopes++ == 0) {
                previous = LOGGER.getFilter();
                installed = new MutedThreads(previous);
                LOGGER.setFilter(installed);
            }
        }
        Integer depth = MUTED_DEPTH.get();
        MUTED_DEPTH.set(depth == null ? 1 : depth + 1);
        return new Muted(Thread.currentThread());
    }

    private static void unmute() {
        int depth = MUTED_DEPTH.get() - 1;
        if (depth == 0) {
            MUTED_DEPTH.remove();
        } else {
            MUTED_DEPTH.set(depth);
        }
        synchronized (AsciidoctorJulLog.class) {
            // Someone who set a filter of their own after ours keeps it.
            if (--mutedScopes == 0 && LOGGER.getFilter() == installed) {
                LOGGER.setFilter(previous);
            }
        }
    }

    /** A thread's muted stretch; closed on the thread that opened it, once. */
    public static final class Muted implements AutoCloseable {

        private final Thread thread;
        private boolean closed;

        private Muted(Thread thread) {
            this.thread = thread;
        }

        @Override
        public void close() {
            if (Thread.currentThread() != thread) {
                throw new IllegalStateException("unmuted on " + Thread.currentThread().getName() + ", muted on "
                        + thread.getName());
            }
            if (!closed) {
                closed = true;
                unmute();
            }
        }
    }

    /** Drops what muted threads log; the rest goes on to the filter that was there before. */
    private record MutedThreads(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            return MUTED_DEPTH.get() == null && (previous == null || previous.isLoggable(record));
        }
    }
}
