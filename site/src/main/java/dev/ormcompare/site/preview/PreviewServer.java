package dev.ormcompare.site.preview;

import dev.ormcompare.site.internal.SiteResources;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the site being previewed over HTTP, to requests naming this machine's own address only
 * (see {@link OwnHosts}): its files as they are on disk, each HTML page with the preview's script
 * added (the built site never has it), and the events that tell pages to reload. No response
 * carries a CORS header: another site's page cannot read any of it. Paths under {@link #OWN} are the server's: no site has them, since files and
 * folders starting with {@code _} are never published.
 */
final class PreviewServer implements AutoCloseable {

    /** The server's own paths. */
    static final String OWN = "/_ormcompare/";
    static final String EVENTS = OWN + "events";
    static final String SCRIPT = OWN + "preview.js";
    /** The script is minified; its source map, which it links, holds the readable source. */
    static final String SCRIPT_MAP = SCRIPT + ".map";

    /** Added to every page served, before its head ends, with the generation it was served at. */
    static String scriptTag(int generation) {
        return "<script src=\"" + SCRIPT + "\" data-generation=\"" + generation + "\" defer></script>";
    }

    private static final byte[] SCRIPT_BYTES = SiteResources.read("preview/preview.js");
    private static final byte[] SCRIPT_MAP_BYTES = SiteResources.read("preview/preview.js.map");

    private final HttpListener listener;
    private final OwnHosts hosts;
    private final PreviewFiles files;
    private final PreviewEvents events;
    private final ScheduledExecutorService timer;

    /** Listens at once; {@link #close()} stops it. */
    PreviewServer(InetSocketAddress address, Path site, PreviewEvents events) throws IOException {
        this.files = new PreviewFiles(site);
        this.events = events;
        this.timer = Executors.newSingleThreadScheduledExecutor(HttpListener.daemon("ormcompare-preview-timer"));
        try {
            this.listener = new HttpListener(address, this::handle, timer);
        } catch (IOException e) {
            timer.shutdownNow();
            throw e;
        }
        this.hosts = new OwnHosts(listener.address().getAddress(), listener.address().getPort());
        timer.scheduleWithFixedDelay(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:8000/}. */
    URI address() {
        InetSocketAddress bound = listener.address();
        String host = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void handle(RequestHead request, HttpConnection connection) throws IOException {
        // Before anything else: a page of another site whose name leads here (DNS rebinding) reads nothing.
        if (!hosts.accepts(request.host())) {
            sendText(request, connection, 403, "Forbidden: this preview answers only at " + hosts.describe() + ".\n");
            return;
        }
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            connection.respond(request, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8),
                    Map.of("Allow", "GET, HEAD"));
            return;
        }
        String path = request.rawPath();
        if (path.equals(EVENTS)) {
            stream(connection, since(request.rawQuery()));
            return;
        }
        if (path.equals(SCRIPT)) {
            connection.respond(request, 200, PreviewFiles.contentType(Path.of("preview.js")), SCRIPT_BYTES, Map.of());
            return;
        }
        if (path.equals(SCRIPT_MAP)) {
            connection.respond(request, 200, PreviewFiles.contentType(Path.of("preview.js.map")), SCRIPT_MAP_BYTES, Map.of());
            return;
        }
        serveFile(request, connection, path);
    }

    private void serveFile(RequestHead request, HttpConnection connection, String path) throws IOException {
        PreviewFiles.Lookup lookup = files.lookup(path);
        switch (lookup.status()) {
            case 200 -> {
                String type = PreviewFiles.contentType(lookup.file());
                int generation = events.generation(); // before the file: a render after it is told on connecting
                byte[] bytes = Files.readAllBytes(lookup.file());
                connection.respond(request, 200, type, type.startsWith("text/html") ? withScript(bytes, generation) : bytes, Map.of());
            }
            case 301 -> connection.respond(request, 301, null, new byte[0], Map.of("Location", path + "/"));
            default -> sendText(request, connection, lookup.status(),
                    lookup.status() == 403 ? "Forbidden: not a file of the site.\n" : "Not found.\n");
        }
    }

    /** {@code since=12} of the event stream's query: the generation the page was served at; -1 for none. */
    private static int since(String query) {
        if (query != null && query.matches("since=\\d{1,9}")) {
            return Integer.parseInt(query.substring("since=".length()));
        }
        return -1;
    }

    /**
     * Sends the page's events as they come, on this connection's own thread, until the page goes, is
     * dropped for reading too slowly, or the server stops.
     */
    private void stream(HttpConnection connection, int since) throws IOException {
        connection.startStream("text/event-stream; charset=utf-8");
        EventQueue queue = events.connect(connection, since);
        try {
            for (byte[] event = queue.take(); event != null; event = queue.take()) {
                connection.write(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.close();
        }
    }

    private static byte[] withScript(byte[] page, int generation) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = scriptTag(generation);
        int end = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        String added = end < 0 ? tag + html : html.substring(0, end) + tag + html.substring(end);
        return added.getBytes(StandardCharsets.UTF_8);
    }

    private static void sendText(RequestHead request, HttpConnection connection, int status, String text) throws IOException {
        connection.respond(request, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Stops serving: every connection ends at once, a page that stopped reading included. */
    @Override
    public void close() {
        timer.shutdownNow();
        events.close();
        listener.close();
    }
}
