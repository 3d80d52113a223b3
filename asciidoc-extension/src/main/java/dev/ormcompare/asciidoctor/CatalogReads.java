package dev.ormcompare.asciidoctor;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Tells a build tool which catalog files a conversion read, so that an incremental build renders a
 * page again when one of them changes. A listener is set per thread: a conversion runs its macros
 * on the thread that asked for it.
 */
public final class CatalogReads {

    /** Receives what the macros of the conversion running on this thread read. */
    public interface Listener {

        /** A catalog directory (its listing decides which files are read) or a file the catalog read. */
        void read(Path path);

        /** The catalog could not be read whole, so which files matter is not known. */
        void unknown();
    }

    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();

    private CatalogReads() {
    }

    /** Sends what conversions on this thread read to {@code listener}, until {@link #stopListening()}. */
    public static void listen(Listener listener) {
        LISTENER.set(listener);
    }

    public static void stopListening() {
        LISTENER.remove();
    }

    static void read(Path path) {
        Listener listener = LISTENER.get();
        if (listener != null) {
            listener.read(path.toAbsolutePath().normalize());
        }
    }

    static void read(Collection<Path> paths) {
        paths.forEach(CatalogReads::read);
    }

    static void unknown() {
        Listener listener = LISTENER.get();
        if (listener != null) {
            listener.unknown();
        }
    }
}
