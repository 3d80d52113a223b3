package dev.ormcompare.site.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + site.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 403"
            return Integer.parseInt(status.substring(9, 12));
        }
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
