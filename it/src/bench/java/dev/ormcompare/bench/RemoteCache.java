package dev.ormcompare.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A remote build cache on this machine: an HTTP server keeping what is {@code PUT} in a folder and answering
 * {@code GET} and {@code HEAD}, all the Apache Maven Build Cache Extension asks of a remote; it counts the bytes
 * of the bodies it received and sent.
 */
final class RemoteCache implements AutoCloseable {

    private final Path folder;
    private final HttpServer server;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    private RemoteCache(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
    }

    /** Serves an empty {@code folder} on a free port of the loopback address. */
    static RemoteCache start(Path folder) throws IOException {
        Projects.delete(folder);
        Files.createDirectories(folder);
        RemoteCache cache = new RemoteCache(folder);
        cache.server.start();
        return cache;
    }

    /** For {@code -Dmaven.build.cache.remote.url}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cache";
    }

    long received() {
        return received.get();
    }

    long sent() {
        return sent.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            String method = exchange.getRequestMethod();
            if (!file.startsWith(folder)) {
                exchange.sendResponseHeaders(400, -1);
            } else if (method.equals("PUT")) {
                Files.createDirectories(file.getParent());
                byte[] body = exchange.getRequestBody().readAllBytes();
                Files.write(file, body);
                received.addAndGet(body.length);
                exchange.sendResponseHeaders(201, -1);
            } else if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else if (method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Content-Length", Long.toString(Files.size(file)));
                exchange.sendResponseHeaders(200, -1);
            } else if (method.equals("GET")) {
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                sent.addAndGet(body.length);
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
