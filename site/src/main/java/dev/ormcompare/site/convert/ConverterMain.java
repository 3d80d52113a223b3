package dev.ormcompare.site.convert;

import dev.ormcompare.catalog.BuiltInCatalog;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The main class of a converter JVM started by {@link ForkedConverter}: connects to the build as
 * its standard input says ({@link ConverterChannel}), reads the settings, then converts each page it
 * is sent with one Asciidoctor, until the build ends the connection. Its standard output and error
 * are the build's log, never the wire.
 * <p>
 * Each page's body is read and its answer written on a second thread, in the order the pages came,
 * while this one converts the next page the build has already sent ({@link ForkedConverter.Line}).
 */
public final class ConverterMain {

    private ConverterMain() {
    }

    public static void main(String[] args) throws IOException {
        // Read while Asciidoctor boots, on a core the boot leaves idle: else the first page waits for it.
        Thread catalog = new Thread(BuiltInCatalog::get, "built-in catalog");
        catalog.setDaemon(true);
        catalog.start();
        try (Socket socket = ConverterChannel.connect(System.in);
             Answers answers = new Answers(socket)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            try (PageConverter converter = new PageConverter(ConversionWire.readAttributes(in),
                    ConversionWire.readStandalone(in))) {
                while (true) {
                    String page;
                    try {
                        page = ConversionWire.readString(in);
                    } catch (EOFException e) {
                        return; // the build is done with this converter
                    }
                    try {
                        answers.send(converter.convertLeavingBody(Path.of(page))::finish);
                    } catch (RuntimeException e) {
                        answers.send(() -> {
                            throw e;
                        });
                    }
                }
            }
        }
    }

    /** Writes the answers on a thread of their own, in the order they are sent. */
    private static final class Answers implements AutoCloseable {

        private final Socket socket;
        private final DataOutputStream out;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "answers");
            thread.setDaemon(true); // an error that ends the main thread ends the JVM
            return thread;
        });

        Answers(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        }

        /** @param result gives the page's result, or throws why it has none */
        void send(Supplier<PageConverter.Result> result) {
            writer.execute(() -> {
                try {
                    try {
                        ConversionWire.writeResult(out, result.get());
                    } catch (RuntimeException e) {
                        ConversionWire.writeFailure(out, String.valueOf(e.getMessage()));
                    }
                } catch (IOException e) {
                    // The build is gone: closing ends the reading loop too.
                    close(socket);
                }
            });
        }

        /** Every page read gets its answer before the connection closes. */
        @Override
        public void close() {
            writer.shutdown();
            try {
                writer.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closed already
            }
        }
    }
}
