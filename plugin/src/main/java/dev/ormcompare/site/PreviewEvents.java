package dev.ormcompare.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The pages open in browsers, as server-sent event streams: tells them what a render wrote, so that
 * the pages it changed reload, and what is wrong, so that every page shows it. A page that connects
 * is told what is wrong at once.
 */
final class PreviewEvents {

    /** An open page's stream, and what its server thread waits on until the page goes. */
    private record Client(OutputStream stream, CountDownLatch gone) {
    }

    private final List<Client> clients = new ArrayList<>();
    private String problems = PreviewJson.problems(List.of(), null);

    /**
     * Keeps a page's stream open, and tells it what is wrong now.
     *
     * @return counted down when the page is gone or the preview stops
     */
    synchronized CountDownLatch connect(OutputStream stream) {
        Client client = new Client(stream, new CountDownLatch(1));
        clients.add(client);
        if (!send(client, "problems", problems)) {
            clients.remove(client);
        }
        return client.gone();
    }

    /** The files a render wrote, by site path: pages showing one of them reload. */
    synchronized void written(List<String> paths) {
        broadcast("reload", PreviewJson.written(paths));
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

    synchronized int connected() {
        return clients.size();
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
