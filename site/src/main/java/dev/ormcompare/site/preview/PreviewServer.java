package dev.ormcompare.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ormcompare.site.internal.SiteResources;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the site being previewed over HTTP with the JDK's server: its files as they are on disk,
 * each HTML page with the preview's script added (the built site never has it), and the events that
 * tell pages to reload. Paths under {@link #OWN} are the server's: no site has them, since files and
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

    /** A port another program holds: the caller names the setting that chooses another. */
    static final class PortInUse extends IOException {
        PortInUse(InetSocketAddress address, IOException cause) {
            super("port " + address.getPort() + " on " + (address.isUnresolved() ? address.getHostString()
                    : address.getAddress().getHostAddress()) + " is in use", cause);
        }
    }

    private final HttpServer server;
    private final PreviewFiles files;
    private final PreviewEvents events;
    private final ExecutorService handlers;
    private final ScheduledExecutorService pings;

    /** Listens at once; {@link #close()} stops it. */
    PreviewServer(InetSocketAddress address, Path site, PreviewEvents events) throws IOException {
        try {
            this.server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new PortInUse(address, e);
        }
        this.files = new PreviewFiles(site);
        this.events = events;
        // Each open page holds a thread for its event stream.
        this.handlers = Executors.newCachedThreadPool(daemon("ormcompare-preview-http"));
        this.pings = Executors.newSingleThreadScheduledExecutor(daemon("ormcompare-preview-ping"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        pings.scheduleWithFixedDelay(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:8000/}. */
    URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(EVENTS)) {
                stream(exchange, since(exchange.getRequestURI().getRawQuery()));
                return;
            }
            if (path.equals(SCRIPT)) {
                send(exchange, 200, PreviewFiles.contentType(Path.of("preview.js")), SCRIPT_BYTES);
                return;
            }
            if (path.equals(SCRIPT_MAP)) {
                send(exchange, 200, PreviewFiles.contentType(Path.of("preview.js.map")), SCRIPT_MAP_BYTES);
                return;
            }
            serveFile(exchange, path);
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        PreviewFiles.Lookup lookup = files.lookup(path);
        switch (lookup.status()) {
            case 200 -> {
                String type = PreviewFiles.contentType(lookup.file());
                int generation = events.generation(); // before the file: a render after it is told on connecting
                byte[] bytes = Files.readAllBytes(lookup.file());
                send(exchange, 200, type, type.startsWith("text/html") ? withScript(bytes, generation) : bytes);
            }
            case 301 -> {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, null, new byte[0]);
            }
            default -> send(exchange, lookup.status(), "text/plain; charset=utf-8",
                    (lookup.status() == 403 ? "Forbidden: not a file of the site.\n" : "Not found.\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code since=12} of the event stream's query: the generation the page was served at; -1 for none. */
    private static int since(String query) {
        if (query != null && query.matches("since=\\d{1,9}")) {
            return Integer.parseInt(query.substring("since=".length()));
        }
        return -1;
    }

    /** Keeps the exchange open as an event stream; closed when the page goes or the server stops. */
    private void stream(HttpExchange exchange, int since) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // Held until the page goes: the exchange must outlive this handler's try block.
        try {
            events.connect(exchange.getResponseBody(), since).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] withScript(byte[] page, int generation) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = scriptTag(generation);
        int end = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        String added = end < 0 ? tag + html : html.substring(0, end) + tag + html.substring(end);
        return added.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        // A preview shows what is on disk now, never what a browser kept.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        pings.shutdownNow();
        events.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
