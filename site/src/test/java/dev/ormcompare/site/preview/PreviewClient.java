package dev.ormcompare.site.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser's requests to a preview, without the browser: pages, raw paths, the event stream. */
final class PreviewClient implements AutoCloseable {

    /** How long a test waits for the preview to answer before it fails; no test depends on it being fast. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI site;
    private final HttpClient http = HttpClient.newHttpClient();
    private EventStream stream;

    PreviewClient(URI site) {
        this.site = site;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line's code for a path sent exactly as given: no client tidies {@code ..} away. */
    int rawStatus(String path) throws IOException {
        try (Socket socket = send(path, host(), "", new Socket())) {
            return status(socket);
        }
    }

    /** The preview's own {@code Host}, e.g. {@code 127.0.0.1:8000}. */
    String host() {
        return site.getHost() + ":" + site.getPort();
    }

    /**
     * The whole response to a GET of {@code path} with that {@code Host} header (none when null) and
     * any other header lines ({@code "Origin: https://example.com\r\n"}), read until the server closes.
     */
    String rawResponse(String path, String host, String headers) throws IOException {
        try (Socket socket = send(path, host, headers, new Socket())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Opens the event stream as a page that stops reading does: its receive buffer small (4 KiB), and
     * nothing read from it unless the caller does.
     */
    Socket eventsNeverRead() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        return send(PreviewServer.EVENTS, host(), "", socket);
    }

    /** The status and headers of a response, up to the blank line; its body is left unread. */
    static String head(Socket socket) throws IOException {
        socket.setSoTimeout((int) PATIENCE.toMillis());
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    /** The status code of a response read from that socket. */
    static int status(Socket socket) throws IOException {
        return Integer.parseInt(head(socket).substring(9, 12)); // "HTTP/1.1 403"
    }

    /**
     * Connects the socket, set up as the caller likes (a small receive buffer for a page that does
     * not read), and sends a GET of {@code path}.
     */
    Socket send(String path, String host, String headers, Socket socket) throws IOException {
        socket.connect(new InetSocketAddress(site.getHost(), site.getPort()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Opens the event stream, as each preview page does. */
    PreviewClient listen() {
        return listen(-1);
    }

    /** Opens the event stream as a page served at that generation does. */
    PreviewClient listen(int since) {
        stream = EventStream.open(http, site, since < 0 ? null : "since=" + since);
        return this;
    }

    /** The next event of that name; events of other names before it are dropped. */
    EventStream.Event next(String name) throws InterruptedException {
        EventStream.Event event = stream.next(name, data -> true, PATIENCE);
        if (event == null) {
            throw new AssertionError("no '" + name + "' event from the preview within " + PATIENCE);
        }
        return event;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
