package dev.ormcompare.site.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Converts pages for one render; safe to call from several threads at once. {@link PageConverter}
 * does it in this JVM, {@link ForkedConverter} in JVMs of its own, tuned for Asciidoctor.
 */
public interface Converter extends AutoCloseable {

    /** Converts a page. */
    PageConverter.Result convert(Path page) throws IOException;

    /**
     * A line of pages for one thread: pages are sent ahead and their results received in the order sent,
     * so that a converter in another JVM works on the next page while the caller records the last one.
     */
    default Line line() {
        return new OneAtATime(this);
    }

    @Override
    void close();

    /** Pages sent ahead, received in order. Not for several threads at once. */
    interface Line extends AutoCloseable {

        /** Queues a page; whatever goes wrong with it is thrown by the {@link #receive()} for it. */
        void send(Path page);

        /** The result of the first page sent and not yet received. */
        PageConverter.Result receive() throws IOException;

        @Override
        void close();
    }

    /** A line that converts each page when its result is asked for: for converters in this JVM. */
    final class OneAtATime implements Line {

        private final Converter converter;
        private final Deque<Path> waiting = new ArrayDeque<>();

        OneAtATime(Converter converter) {
            this.converter = converter;
        }

        @Override
        public void send(Path page) {
            waiting.addLast(page);
        }

        @Override
        public PageConverter.Result receive() throws IOException {
            return converter.convert(waiting.removeFirst());
        }

        @Override
        public void close() {
            waiting.clear();
        }
    }
}
