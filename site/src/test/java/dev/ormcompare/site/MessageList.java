package dev.ormcompare.site;

import java.util.List;

/** A build log that keeps each message as {@code LEVEL message} in a list the test reads. */
public record MessageList(List<String> messages) implements BuildLog {

    @Override
    public void info(String message) {
        messages.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        messages.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        messages.add("ERROR " + message);
    }
}
