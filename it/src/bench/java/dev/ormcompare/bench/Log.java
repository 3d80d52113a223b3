package dev.ormcompare.bench;

import java.time.Duration;

/** Progress lines on standard output, with the time since the benchmark started. */
final class Log {

    private static final long START = System.nanoTime();

    private Log() {
    }

    static void step(String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - START);
        System.out.printf("[bench %02d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), message);
        System.out.flush();
    }
}
