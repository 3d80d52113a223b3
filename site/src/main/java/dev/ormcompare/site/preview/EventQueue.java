package dev.ormcompare.site.preview;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One open page's event stream: the events told to it and not sent yet, which its connection's own
 * thread sends. Telling never waits for the page; a page that lets more than {@link #MAX_EVENTS}
 * events or {@link #MAX_BYTES} bytes wait has stopped reading, and is dropped: its connection is
 * closed, and a browser's {@code EventSource} that was only slow connects again.
 */
final class EventQueue {

    static final int MAX_EVENTS = 32;
    static final int MAX_BYTES = 1 << 20;

    private final Closeable connection;
    private final Deque<byte[]> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private boolean closed;

    /** @param connection closed when the page is dropped, which ends a write waiting for it */
    EventQueue(Closeable connection) {
        this.connection = connection;
    }

    /**
     * Adds an event to send; an event larger than the bound is still taken when nothing waits.
     *
     * @return false when the page is gone: closed before, or dropped now for being too slow
     */
    boolean offer(byte[] event) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            boolean full = !waiting.isEmpty() && (waiting.size() >= MAX_EVENTS || waitingBytes + event.length > MAX_BYTES);
            if (!full) {
                waiting.addLast(event);
                waitingBytes += event.length;
                notifyAll();
                return true;
            }
        }
        close();
        return false;
    }

    /** The next event to send, waiting for one; null once the page is gone. */
    synchronized byte[] take() throws InterruptedException {
        while (waiting.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return null;
        }
        byte[] event = waiting.removeFirst();
        waitingBytes -= event.length;
        return event;
    }

    /** Drops the page: what waits is forgotten, and its connection closed. */
    void close() {
        synchronized (this) {
            closed = true;
            waiting.clear();
            notifyAll();
        }
        try {
            connection.close();
        } catch (IOException e) {
            // gone either way
        }
    }
}
