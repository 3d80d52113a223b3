package dev.ormcompare.asciidoctor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages served over {@code http://127.0.0.1:<ephemeral port>}, so the browser treats them
 * as one site: its pages share localStorage, as they would on a docs server.
 */
final class Site implements AutoCloseable {

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final HttpServer server;

    Site() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a local port for the test site", e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code html} at {@code /fileName} from now on; returns its URL. */
    String put(String fileName, String html) {
        pages.put(fileName, html.getBytes(StandardCharsets.UTF_8));
        return url(fileName);
    }

    String url(String fileName) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + fileName;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] page = pages.get(exchange.getRequestURI().getPath().substring(1));
            byte[] body = page != null ? page : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    page != null ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(page != null ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
