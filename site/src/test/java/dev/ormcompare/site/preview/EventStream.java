package dev.ormcompare.site.preview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A preview's event stream (server-sent events), read as an open page's {@code EventSource} reads it:
 * what the preview tests and the benchmark (B9) listen with. Each event is stamped when its last line
 * arrives, on the thread reading the stream, so waiting for it adds nothing to a time measured with it.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its name ({@code message} when the stream gave none), its data, and when it arrived. */
    public record Event(String name, String data, long nanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<?> reading;

    private EventStream(HttpClient http, URI events) {
        reading = http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> read(response.body()));
    }

    /**
     * Opens the stream at {@code site}'s events address, optionally {@code query} after it (e.g.
     * {@code since=3}, as a page served at that generation asks).
     */
    public static EventStream open(HttpClient http, URI site, String query) {
        return new EventStream(http, site.resolve(PreviewServer.EVENTS + (query == null ? "" : "?" + query)));
    }

    private void read(Stream<String> lines) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        for (String line : (Iterable<String>) lines::iterator) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(name, data.toString(), System.nanoTime()));
                }
                name = "message";
                data.setLength(0);
            } else if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data.append(line.substring(6));
            }
        }
    }

    /**
     * The first event not yet taken with that name whose data passes; those before it are dropped.
     *
     * @return null when none came within {@code patience}
     */
    public Event next(String name, Predicate<String> data, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Event event; (event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (event.name().equals(name) && data.test(event.data())) {
                return event;
            }
        }
        return null;
    }

    /** Forgets the events not taken yet. */
    public void clear() {
        events.clear();
    }

    @Override
    public void close() {
        reading.cancel(true);
    }
}
