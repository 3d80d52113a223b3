package dev.ormcompare.site.preview;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One client's connection: one request, its response, then closed ({@code Connection: close}), so
 * no idle connection holds a place. It remembers since when a write has waited for the client to
 * read, so that a client that stops reading can be dropped; closing it from any thread ends a read
 * or write under way.
 */
final class HttpConnection implements Closeable {

    /** A write of nothing: no write is under way. */
    private static final long NOT_WRITING = Long.MIN_VALUE;

    /** An event stream's kernel send buffer, in bytes. */
    static final int STREAM_SEND_BUFFER = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private volatile long writingSince = NOT_WRITING;

    HttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    InputStream in() {
        return in;
    }

    /** Sends a whole response: status, headers, and the body unless the request was a HEAD. */
    void respond(RequestHead request, int status, String type, byte[] body, Map<String, String> headers)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        // A preview shows what is on disk now, never what a browser kept.
        head.append("Cache-Control: no-store\r\nContent-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (request == null || !request.method().equals("HEAD")) {
            write(body);
        }
    }

    /**
     * Starts a response whose body lasts until the connection closes (an event stream). Its kernel
     * buffer is kept small: what a page has not read yet waits in its bounded {@link EventQueue},
     * which notices a page that stopped reading, not in megabytes of socket buffer.
     */
    void startStream(String type) throws IOException {
        socket.setSendBufferSize(STREAM_SEND_BUFFER);
        write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes and flushes; blocks while the client's buffers are full, until it reads or this closes. */
    void write(byte[] bytes) throws IOException {
        writingSince = System.nanoTime();
        try {
            out.write(bytes);
            out.flush();
        } finally {
            writingSince = NOT_WRITING;
        }
    }

    /** Whether a write has waited longer than that for the client to read. */
    boolean stalled(long nanos, long now) {
        long since = writingSince;
        return since != NOT_WRITING && now - since > nanos;
    }

    /** Ends the connection, and any read or write under way on it; never blocks. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
