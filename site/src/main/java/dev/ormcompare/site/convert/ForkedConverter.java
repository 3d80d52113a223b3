package dev.ormcompare.site.convert;

import dev.ormcompare.site.BuildLog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
 * when all are busy; all are stopped on {@link #close()}. Requests and answers travel on a
 * {@link ConverterChannel}; what a JVM prints goes to the build log ({@link ConverterOutput}). A JVM
 * that takes longer than {@link ForkSettings#timeout()} to connect or to answer is stopped.
 */
public final class ForkedConverter implements Converter {

    private static final String IN_MAVENS_JVM = "set <fork>false</fork> (or -Dormcompare.fork=false) to convert in "
            + "Maven's JVM";

    /** One converter JVM, what it prints and the line to it. */
    private static final class Child {
        final Process process;
        final ConverterOutput output;
        final ConverterChannel channel;
        Socket socket;
        DataOutputStream requests;
        DataInputStream answers;

        Child(ForkSettings fork, BuildLog log) throws IOException {
            channel = new ConverterChannel();
            try {
                process = new ProcessBuilder(fork.command()).start();
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            output = new ConverterOutput(process, log);
            try {
                channel.introduce(process);
            } catch (IOException e) {
                // A JVM that ended at once (an option it does not know) closed its input first: connecting
                // then says so, with its exit code and what it printed.
                if (!endsSoon(process)) {
                    process.destroyForcibly();
                    channel.close();
                    throw e;
                }
            }
        }

        private static boolean endsSoon(Process process) {
            try {
                return process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        boolean isConnected() {
            return socket != null;
        }

        void connect(ForkSettings fork, Map<String, Object> attributes, boolean standalone) throws IOException {
            socket = channel.accept(process, fork.timeout());
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, fork.timeout().toMillis()));
            requests = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            answers = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            ConversionWire.writeSettings(requests, attributes, standalone);
        }
    }

    private final ForkSettings fork;
    private final Map<String, Object> attributes;
    private final boolean standalone;
    private final BuildLog log;
    private final List<Child> started = new ArrayList<>();
    private final Deque<Child> idle = new ArrayDeque<>();

    /** @param log where what the converter JVMs print goes, line by line */
    public ForkedConverter(ForkSettings fork, Map<String, Object> attributes, boolean standalone, BuildLog log) {
        this.fork = fork;
        this.attributes = Map.copyOf(attributes);
        this.standalone = standalone;
        this.log = log;
    }

    @Override
    public PageConverter.Result convert(Path page) throws IOException {
        try (Line line = line()) {
            line.send(page);
            return line.receive();
        }
    }

    /** Pages sent to one converter JVM ahead of their answers: it converts one while the build records another. */
    @Override
    public Line line() {
        return new ChildLine();
    }

    /**
     * A converter JVM taken for one thread's pages. What breaks the JVM is reported for the first page
     * not yet answered; the pages sent after it go to a new JVM.
     */
    private final class ChildLine implements Line {

        /** Pages sent to this line and not yet received, in order. */
        private final Deque<Path> waiting = new ArrayDeque<>();
        private Child child;
        /** How many of {@link #waiting}, from the first, the child was sent. */
        private int sent;
        /** Why sending to the child failed: the first page waiting fails with it. */
        private IOException broken;

        @Override
        public void send(Path page) {
            waiting.addLast(page);
            if (broken != null) {
                return;
            }
            try {
                if (child == null) {
                    child = take();
                }
                sendWaiting();
            } catch (IOException e) {
                // Told by the receive for the first page waiting: a JVM that would not start is tried again
                // there and says why; one that broke is named with that page.
                broken = child == null ? null : e;
            }
        }

        private void sendWaiting() throws IOException {
            if (!child.isConnected()) {
                child.connect(fork, attributes, standalone);
            }
            for (Path page : waiting.stream().skip(sent).toList()) {
                ConversionWire.writeString(child.requests, page.toAbsolutePath().toString());
                sent++;
            }
            child.requests.flush();
        }

        @Override
        public PageConverter.Result receive() throws IOException {
            Path page = waiting.getFirst();
            try {
                if (child == null) {
                    child = take();
                }
            } catch (IOException e) {
                waiting.removeFirst();
                throw e;
            }
            try {
                if (broken != null) {
                    throw broken;
                }
                sendWaiting();
                return ConversionWire.readResult(child.answers);
            } catch (ConversionWire.ConversionFailed e) {
                throw e;
            } catch (SocketTimeoutException e) {
                Child stopped = drop();
                throw new IOException("the converter JVM gave no answer for " + page + " in " + fork.timeout().toSeconds()
                        + " s and was stopped; " + stopped.output.lastPrinted() + ". A page that takes longer needs a "
                        + "longer <convertTimeout> (or -Dormcompare.convertTimeout, in seconds); or " + IN_MAVENS_JVM, e);
            } catch (IOException e) {
                String exitCode = exitCode(child);
                Child stopped = drop();
                throw new IOException("the converter JVM ended while converting " + page + " (exit code " + exitCode
                        + "); " + stopped.output.lastPrinted() + ". " + capitalised(IN_MAVENS_JVM), e);
            } finally {
                waiting.removeFirst();
                sent = Math.max(0, sent - 1);
                broken = null;
            }
        }

        /** Stops the child that broke; the pages still waiting go to a new one. */
        private Child drop() {
            Child stopped = child;
            stop(stopped);
            child = null;
            sent = 0;
            return stopped;
        }

        /** Gives the child back for other threads, unless it still owes answers. */
        @Override
        public void close() {
            if (child != null && sent == 0 && broken == null) {
                giveBack(child);
            } else if (child != null) {
                stop(child);
            }
            child = null;
            waiting.clear();
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
            child = new Child(fork, log);
        } catch (IOException e) {
            throw new IOException("cannot start a converter JVM with " + fork.java() + ": " + e.getMessage()
                    + "; " + IN_MAVENS_JVM, e);
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

    /** Ends a converter JVM that broke or hung; it is not used again. */
    private void stop(Child child) {
        synchronized (started) {
            started.remove(child);
        }
        child.process.destroyForcibly();
        closeQuietly(child);
    }

    private static String exitCode(Child child) {
        try {
            return child.process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(child.process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void closeQuietly(Child child) {
        try {
            child.channel.close();
            if (child.socket != null) {
                child.socket.close();
            }
        } catch (IOException e) {
            // it has ended already
        }
    }

    /** Ends each converter JVM's requests, so it stops by itself; stops it if it does not. */
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
                if (child.isConnected()) {
                    child.socket.shutdownOutput();
                }
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
            closeQuietly(child);
        }
    }
}
