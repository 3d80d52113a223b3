package dev.ormcompare.site.preview;

import dev.ormcompare.site.BuildLog;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * A log for renders that follow one another (a preview): each render reports every problem of every
 * page, as a build must, but the writer needs to see only what is new since the last render.
 */
final class NewMessagesLog implements BuildLog {

    /** One render, logging through this log. */
    interface Render<T> {
        T run() throws IOException;
    }

    private final BuildLog log;
    private Set<String> last = Set.of();
    private Set<String> current = new HashSet<>();

    NewMessagesLog(BuildLog log) {
        this.log = log;
    }

    /** Runs a render; of what it logs, only the messages the last render did not log are passed on. */
    <T> T during(Render<T> render) throws IOException {
        current = new HashSet<>();
        try {
            return render.run();
        } finally {
            last = current;
        }
    }

    @Override
    public void info(String message) {
        if (isNew(message)) {
            log.info(message);
        }
    }

    @Override
    public void warn(String message) {
        if (isNew(message)) {
            log.warn(message);
        }
    }

    @Override
    public void error(String message) {
        if (isNew(message)) {
            log.error(message);
        }
    }

    private boolean isNew(String message) {
        current.add(message);
        return !last.contains(message);
    }
}
