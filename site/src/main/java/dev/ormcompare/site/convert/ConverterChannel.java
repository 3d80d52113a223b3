package dev.ormcompare.site.convert;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The line between the build and one converter JVM: a loopback connection of their own, so that
 * nothing the JVM prints (a GC log from {@code JAVA_TOOL_OPTIONS=-verbose:gc}, a warning, a stray
 * {@code System.out}) can be taken for a message. The build listens on a free loopback port and
 * tells the JVM the port and a secret on its standard input, which no other process can read; only
 * a connection that opens with the secret is taken.
 */
final class ConverterChannel implements AutoCloseable {

    private static final int SECRET_BYTES = 32;
    private static final Duration POLL = Duration.ofMillis(200);

    private final ServerSocket server;
    private final byte[] secret = new byte[SECRET_BYTES];

    ConverterChannel() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        new SecureRandom().nextBytes(secret);
    }

    /** Tells the converter JVM where to connect and how to be known, then ends its standard input. */
    void introduce(Process process) throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write((server.getLocalPort() + " " + HexFormat.of().formatHex(secret) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * The converter JVM's connection, once it has opened one with the secret.
     *
     * @throws EOFException           when the JVM ended first
     * @throws SocketTimeoutException when it did not connect within {@code timeout}
     */
    Socket accept(Process process, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        server.setSoTimeout((int) POLL.toMillis());
        while (true) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (SocketTimeoutException e) {
                if (!process.isAlive()) {
                    throw new EOFException("the converter JVM ended before it connected");
                }
                if (System.nanoTime() > deadline) {
                    throw new SocketTimeoutException("the converter JVM did not connect");
                }
                continue;
            }
            if (hasSecret(socket)) {
                server.close();
                return unbuffered(socket);
            }
            socket.close();
        }
    }

    private boolean hasSecret(Socket socket) {
        try {
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            return MessageDigest.isEqual(secret, socket.getInputStream().readNBytes(SECRET_BYTES));
        } catch (IOException e) {
            return false;
        }
    }

    /** In the converter JVM: connects as its standard input's first line says. */
    static Socket connect(InputStream standardInput) throws IOException {
        String[] introduction = new String(standardInput.readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
        if (introduction.length != 2) {
            throw new IOException("a converter JVM is started by the ormcompare build, which tells it where to connect");
        }
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(introduction[0]));
        socket.getOutputStream().write(HexFormat.of().parseHex(introduction[1]));
        socket.getOutputStream().flush();
        return unbuffered(socket);
    }

    /**
     * Each side writes a whole message and flushes it: TCP's wait for more to send (Nagle's algorithm), which
     * meets the other side's delayed acknowledgement, held each page's last packet back for tens of milliseconds.
     */
    private static Socket unbuffered(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
