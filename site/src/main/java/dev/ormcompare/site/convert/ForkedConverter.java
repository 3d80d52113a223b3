package dev.ormcompare.site.convert;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Converts pages in JVMs of their own ({@link ConverterMain}), started with options that suit
 * Asciidoctor ({@link ForkSettings#DEFAULT_JVM_ARGS}), which a Maven plugin cannot set for Maven's
 * JVM. Each conversion has a converter JVM to itself: one no other thread is using, or a new one
 * when all are busy; all are stopped on {@link #close()}.
 */
public final class ForkedConverter implements Converter {

    /** One converter JVM and the pipes to it. */
    private static final class Child {
        final Process process;
        final DataOutputStream requests;
        final DataInputStream answers;

        Child(ForkSettings fork, Map<String, Object> attributes, boolean standalone) throws IOException {
            process = new ProcessBuilder(fork.command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            ConversionWire.writeSettings(requests, attributes, standalone);
        }
    }

    private final ForkSettings fork;
    private final Map<String, Object> attributes;
    private final boolean standalone;
    private final List<Child> started = new ArrayList<>();
    private final Deque<Child> idle = new ArrayDeque<>();

    public ForkedConverter(ForkSettings fork, Map<String, Object> attributes, boolean standalone) {
        this.fork = fork;
        this.attributes = Map.copyOf(attributes);
        this.standalone = standalone;
    }

    @Override
    public PageConverter.Result convert(Path page) throws IOException {
        Child child = take();
        try {
            ConversionWire.writeString(child.requests, page.toAbsolutePath().toString());
            child.requests.flush();
            PageConverter.Result result = ConversionWire.readResult(child.answers);
            giveBack(child);
            return result;
        } catch (ConversionWire.ConversionFailed e) {
            giveBack(child);
            throw e;
        } catch (EOFException e) {
            throw new IOException("the converter JVM ended while converting " + page + " (exit code "
                    + exitCode(child) + "); its messages are above. Set <fork>false</fork> (or -Dormcompare.fork=false) "
                    + "to convert in Maven's JVM", e);
        }
    }

    private Child take() throws IOException {
        synchronized (started) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        Child child;
        try {
            child = new Child(fork, attributes, standalone);
        } catch (IOException e) {
            throw new IOException("cannot start a converter JVM with " + fork.java() + ": " + e.getMessage()
                    + "; set <fork>false</fork> (or -Dormcompare.fork=false) to convert in Maven's JVM", e);
        }
        synchronized (started) {
            started.add(child);
        }
        return child;
    }

    private void giveBack(Child child) {
        synchronized (started) {
            idle.push(child);
        }
    }

    private static String exitCode(Child child) {
        try {
            return child.process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(child.process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Ends each converter JVM's input, so it stops by itself; stops it if it does not. */
    @Override
    public void close() {
        List<Child> children;
        synchronized (started) {
            children = List.copyOf(started);
            started.clear();
            idle.clear();
        }
        for (Child child : children) {
            try {
                child.requests.close();
            } catch (IOException e) {
                // it has ended already
            }
        }
        for (Child child : children) {
            try {
                if (!child.process.waitFor(10, TimeUnit.SECONDS)) {
                    child.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
