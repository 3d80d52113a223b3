package dev.ormcompare.site.preview;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pages open in browsers, as server-sent event streams: tells them what a render wrote, so that
 * the pages it changed reload, and what is wrong, so that every page shows it. A page that connects
 * is told what is wrong at once, and what was written since it was served: a render that ends
 * between serving a page and its connecting would otherwise go unseen. Telling a page only queues
 * the event for the page's own connection to send: a page that stops reading never holds up a
 * render, another page, or this class's lock.
 */
final class PreviewEvents {

    /** Renders remembered for pages that connect late; a page older than that reloads whatever it shows. */
    private static final int HISTORY = 64;
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final List<EventQueue> clients = new ArrayList<>();
    private String problems = PreviewJson.problems(List.of(), null);
    /** How many renders wrote files; a served page carries the number it was served at. */
    private int generation;
    private final Deque<List<String>> history = new ArrayDeque<>();

    /** The number a page served now carries; read it before reading the page's file. */
    synchronized int generation() {
        return generation;
    }

    /**
     * A page's stream, told at once what is wrong now and what was written since the page was served.
     *
     * @param connection closed when the page is dropped for reading too slowly
     * @param since the generation the page was served at; -1 when unknown
     * @return what to send the page, until it is gone or the preview stops
     */
    synchronized EventQueue connect(Closeable connection, int since) {
        EventQueue client = new EventQueue(connection);
        client.offerProblems(event("problems", problems));
        if (since >= 0 && since < generation) {
            client.offer(event("reload", PreviewJson.written(writtenSince(since))));
        }
        clients.add(client);
        return client;
    }

    /** The files a render wrote, by site path: pages showing one of them reload. */
    synchronized void written(List<String> paths) {
        generation++;
        history.addLast(List.copyOf(paths));
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        byte[] reload = event("reload", PreviewJson.written(paths));
        broadcast(client -> client.offer(reload));
    }

    private List<String> writtenSince(int since) {
        int missed = generation - since;
        if (missed > history.size()) {
            return List.of("*"); // too long ago: anything may have changed
        }
        Set<String> paths = new LinkedHashSet<>();
        history.stream().skip(history.size() - missed).forEach(paths::addAll);
        return List.copyOf(paths);
    }

    /** What is wrong now, as JSON from {@link PreviewJson#problems}; told to every page, and to pages that connect later. */
    synchronized void problems(String json) {
        problems = json;
        byte[] told = event("problems", json);
        broadcast(client -> client.offerProblems(told));
    }

    /** A comment no page sees: finds the streams of pages that were closed. */
    synchronized void ping() {
        broadcast(client -> client.offer(PING));
    }

    synchronized void close() {
        clients.forEach(EventQueue::close);
        clients.clear();
    }

    /** Queues an event for every page; a page gone or too slow is dropped. */
    private void broadcast(Predicate<EventQueue> offer) {
        clients.removeIf(client -> !offer.test(client));
    }

    private static byte[] event(String name, String json) {
        return ("event: " + name + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
