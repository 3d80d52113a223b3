package dev.ormcompare.site.convert;

import dev.ormcompare.site.BuildLog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a converter JVM prints on its standard output and error (its GC log, a JVM warning, a
 * stack trace), which carry no part of the wire: each line goes to the build log as it is, and
 * the last few are kept, so that a converter that ends or stops answering can be reported with
 * what it said last. Read on threads of its own, so that a JVM printing much never blocks.
 */
final class ConverterOutput {

    static final int KEPT_LINES = 5;

    private final Deque<String> last = new ArrayDeque<>();
    private final List<Thread> readers = new ArrayList<>();

    /** Starts reading the {@code process}'s standard output to {@code log}'s info and its standard error to warn. */
    ConverterOutput(Process process, BuildLog log) {
        read(process.getInputStream(), log::info, "converter-stdout");
        read(process.getErrorStream(), log::warn, "converter-stderr");
    }

    private void read(InputStream stream, Consumer<String> log, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    keep(line);
                    log.accept("converter JVM: " + line);
                }
            } catch (IOException e) {
                // the JVM was stopped: nothing more to read
            }
        }, "ormcompare-" + name);
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
    }

    private synchronized void keep(String line) {
        last.addLast(line);
        if (last.size() > KEPT_LINES) {
            last.removeFirst();
        }
    }

    /**
     * "the last it printed: '...' | '...'", or that it printed nothing; waits a moment for lines
     * still on their way from a JVM that has ended.
     */
    String lastPrinted() {
        for (Thread reader : readers) {
            try {
                reader.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (this) {
            if (last.isEmpty()) {
                return "it printed nothing";
            }
            return "the last it printed: '" + String.join("' | '", last) + "'";
        }
    }
}
