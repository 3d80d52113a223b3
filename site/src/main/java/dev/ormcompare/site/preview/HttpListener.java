package dev.ormcompare.site.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Accepts HTTP connections, at most {@link #MAX_CONNECTIONS} at a time, each served by a thread of
 * a pool no larger than that; one more is answered 503 at once, by the accepting thread, and
 * closed. A client that sends no request within {@link #HEAD_TIMEOUT}, or stops reading for
 * {@link #WRITE_TIMEOUT} while a response waits for it, is disconnected. {@link #close()} ends
 * every connection, whatever it was doing.
 */
final class HttpListener implements AutoCloseable {

    /** What serves one request; the connection is closed after it returns. */
    interface Handler {
        void handle(RequestHead request, HttpConnection connection) throws IOException;
    }

    /** Open pages' event streams, pages and files being fetched: a browser holds a few at a time. */
    static final int MAX_CONNECTIONS = 64;
    static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** Refused connections are closed a moment after their 503, so that the client reads it first. */
    private static final int MAX_REFUSED_LINGERING = 64;
    private static final byte[] BUSY = busy("The preview has as many connections open as it serves; close some of its tabs.\n");

    private final ServerSocket server;
    private final Handler handler;
    private final ScheduledExecutorService timer;
    private final Semaphore places = new Semaphore(MAX_CONNECTIONS);
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusedLingering = new AtomicInteger();
    private final ThreadPoolExecutor threads;
    private volatile boolean closed;

    /** A port another program holds. */
    static final class PortInUse extends IOException {
        PortInUse(InetSocketAddress address, IOException cause) {
            super("port " + address.getPort() + " on " + (address.isUnresolved() ? address.getHostString()
                    : address.getAddress().getHostAddress()) + " is in use", cause);
        }
    }

    /**
     * Listens at once.
     *
     * @param timer runs the check for stalled writes, and closes refused connections
     */
    HttpListener(InetSocketAddress address, Handler handler, ScheduledExecutorService timer) throws IOException {
        this.server = new ServerSocket();
        try {
            server.bind(address, MAX_CONNECTIONS);
        } catch (BindException e) {
            server.close();
            throw new PortInUse(address, e);
        }
        this.handler = handler;
        this.timer = timer;
        // A task starts only with a place, so no more threads than places; a thread still finishing
        // its last connection may make the next wait in the queue for a moment.
        this.threads = new ThreadPoolExecutor(MAX_CONNECTIONS, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("ormcompare-preview-http"));
        threads.allowCoreThreadTimeOut(true);
        timer.scheduleWithFixedDelay(this::dropStalled, 5, 5, TimeUnit.SECONDS);
        Thread accepting = daemon("ormcompare-preview-accept").newThread(this::acceptAll);
        accepting.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    private void acceptAll() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                // closed: the loop ends; else (no file descriptor left, say) a pause, not a busy loop
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            if (places.tryAcquire()) {
                start(client);
            } else {
                refuse(client);
            }
        }
    }

    private void start(Socket client) {
        HttpConnection connection;
        try {
            client.setSoTimeout((int) HEAD_TIMEOUT.toMillis());
            connection = new HttpConnection(client);
        } catch (IOException e) {
            places.release();
            closeQuietly(client);
            return;
        }
        open.add(connection);
        if (closed) {
            connection.close(); // closed meanwhile: close() may have missed it
        }
        try {
            threads.execute(() -> serve(connection));
        } catch (RejectedExecutionException e) {
            finish(connection); // the pool is shut down: the listener is closing
        }
    }

    private void serve(HttpConnection connection) {
        try (connection) {
            RequestHead request;
            try {
                request = RequestHead.read(connection.in());
            } catch (RequestHead.Malformed e) {
                connection.respond(null, 400, "text/plain; charset=utf-8",
                        ("Bad request: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            handler.handle(request, connection);
        } catch (IOException e) {
            // the client went, was too slow, or the preview is closing
        } finally {
            finish(connection);
        }
    }

    private void finish(HttpConnection connection) {
        connection.close();
        if (open.remove(connection)) {
            places.release();
        }
    }

    /** Says why at once, while the client sends its request, then closes once it had time to read it. */
    private void refuse(Socket client) {
        try {
            OutputStream out = client.getOutputStream();
            out.write(BUSY); // a new connection's buffer takes it whole: this never waits for the client
            client.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        if (refusedLingering.incrementAndGet() > MAX_REFUSED_LINGERING) {
            closeRefused(client);
            return;
        }
        try {
            timer.schedule(() -> closeRefused(client), 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            closeRefused(client);
        }
    }

    private void closeRefused(Socket client) {
        refusedLingering.decrementAndGet();
        closeQuietly(client);
    }

    private void dropStalled() {
        long now = System.nanoTime();
        open.stream().filter(connection -> connection.stalled(WRITE_TIMEOUT.toNanos(), now)).forEach(HttpConnection::close);
    }

    /** Stops accepting, and ends every connection: a read or write under way ends at once. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        open.forEach(HttpConnection::close);
        threads.shutdownNow();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    private static byte[] busy(String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 2\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] response = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, response, head.length, body.length);
        return response;
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
