package dev.ormcompare.site.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The pages open in browsers, as server-sent event streams: tells them what a render wrote, so that
 * the pages it changed reload, and what is wrong, so that every page shows it. A page that connects
 * is told what is wrong at once, and what was written since it was served: a render that ends
 * between serving a page and its connecting would otherwise go unseen.
 */
final class PreviewEvents {

    /** Renders remembered for pages that connect late; a page older than that reloads whatever it shows. */
    private static final int HISTORY = 64;

    /** An open page's stream, and what its server thread waits on until the page goes. */
    private record Client(OutputStream stream, CountDownLatch gone) {
    }

    private final List<Client> clients = new ArrayList<>();
    private String problems = PreviewJson.problems(List.of(), null);
    /** How many renders wrote files; a served page carries the number it was served at. */
    private int generation;
    private final Deque<List<String>> history = new ArrayDeque<>();

    /** The number a page served now carries; read it before reading the page's file. */
    synchronized int generation() {
        return generation;
    }

    /**
     * Keeps a page's stream open, and tells it what is wrong now and what was written since it was served.
     *
     * @param since the generation the page was served at; -1 when unknown
     * @return counted down when the page is gone or the preview stops
     */
    synchronized CountDownLatch connect(OutputStream stream, int since) {
        Client client = new Client(stream, new CountDownLatch(1));
        clients.add(client);
        boolean open = send(client, "problems", problems);
        if (open && since >= 0 && since < generation) {
            open = send(client, "reload", PreviewJson.written(writtenSince(since)));
        }
        if (!open) {
            clients.remove(client);
        }
        return client.gone();
    }

    /** The files a render wrote, by site path: pages showing one of them reload. */
    synchronized void written(List<String> paths) {
        generation++;
        history.addLast(List.copyOf(paths));
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        broadcast("reload", PreviewJson.written(paths));
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
        broadcast("problems", json);
    }

    /** A comment no page sees: finds the streams of pages that were closed. */
    synchronized void ping() {
        clients.removeIf(client -> !write(client, ": ping\n\n"));
    }

    synchronized void close() {
        clients.forEach(PreviewEvents::closeQuietly);
        clients.clear();
    }

    private void broadcast(String event, String json) {
        clients.removeIf(client -> !send(client, event, json));
    }

    private static boolean send(Client client, String event, String json) {
        return write(client, "event: " + event + "\ndata: " + json + "\n\n");
    }

    /** @return false when the page is gone; its stream is closed */
    private static boolean write(Client client, String text) {
        try {
            client.stream().write(text.getBytes(StandardCharsets.UTF_8));
            client.stream().flush();
            return true;
        } catch (IOException e) {
            closeQuietly(client);
            return false;
        }
    }

    private static void closeQuietly(Client client) {
        try {
            client.stream().close();
        } catch (IOException e) {
            // the page is gone either way
        } finally {
            client.gone().countDown();
        }
    }
}
