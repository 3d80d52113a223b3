package dev.ormcompare.site.preview;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One open page's event stream: the events told to it and not sent yet, which its connection's own
 * thread sends. Telling never waits for the page. What is wrong is told as a whole list each time,
 * so a newer list replaces one still waiting; a page that lets more than {@link #MAX_EVENTS} events
 * wait has stopped reading, and is dropped: its connection is closed, and a browser's
 * {@code EventSource} that was only slow connects again.
 */
final class EventQueue {

    /** A render tells two events; a page that reads keeps none of them waiting for long. */
    static final int MAX_EVENTS = 16;

    private final Closeable connection;
    private final Deque<byte[]> waiting = new ArrayDeque<>();
    /** The list of problems among {@link #waiting}; null when none waits. */
    private byte[] waitingProblems;
    private boolean closed;

    /** @param connection closed when the page is dropped, which ends a write waiting for it */
    EventQueue(Closeable connection) {
        this.connection = connection;
    }

    /** @return false when the page is gone: closed before, or dropped now for being too slow */
    boolean offer(byte[] event) {
        return offer(event, false);
    }

    /** Like {@link #offer}, for a list of what is wrong: one still waiting is out of date, and goes. */
    boolean offerProblems(byte[] event) {
        return offer(event, true);
    }

    private boolean offer(byte[] event, boolean problems) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (problems && waitingProblems != null) {
                waiting.removeFirstOccurrence(waitingProblems);
            }
            if (waiting.size() < MAX_EVENTS) {
                waiting.addLast(event);
                waitingProblems = problems ? event : waitingProblems;
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
        if (event == waitingProblems) {
            waitingProblems = null;
        }
        return event;
    }

    /** Drops the page: what waits is forgotten, and its connection closed. */
    void close() {
        synchronized (this) {
            closed = true;
            waiting.clear();
            waitingProblems = null;
            notifyAll();
        }
        try {
            connection.close();
        } catch (IOException e) {
            // gone either way
        }
    }
}
