package dev.ormcompare.asciidoctor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What AsciidoctorJ prints through java.util.logging's logger {@code asciidoctor} (its console copy
 * of every message), recorded from when this is opened until it is closed.
 */
public final class AsciidoctorConsole extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("asciidoctor");
    private final List<String> printed = new CopyOnWriteArrayList<>();

    private AsciidoctorConsole() {
    }

    public static AsciidoctorConsole listen() {
        AsciidoctorConsole console = new AsciidoctorConsole();
        console.logger.addHandler(console);
        return console;
    }

    /** The messages that got through the logger, in order. */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    @Override
    public void publish(LogRecord record) {
        printed.add(record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
