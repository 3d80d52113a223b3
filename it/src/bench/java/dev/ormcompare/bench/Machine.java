package dev.ormcompare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the benchmark ran on, as far as Java and Linux's /proc tell. */
record Machine(String cpu, int cores, String memory, String os, String java, String maven, String loadBefore) {

    static Machine describe(String mavenVersion) {
        String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME=").map(v -> v.replace("\"", "") + ", ").orElse("")
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal:")
                .map(v -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(v.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
        return new Machine(firstValue(Path.of("/proc/cpuinfo"), "model name").map(v -> v.replaceFirst("^\\s*:\\s*", ""))
                .orElse(System.getProperty("os.arch")), Runtime.getRuntime().availableProcessors(), memory, os, java,
                mavenVersion, load());
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine while the benchmark ran. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    /** The default maximum heap of a JVM on this machine, as Maven's gets it without -Xmx. */
    static String defaultHeap() {
        return String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0 / 1024.0);
    }

    private static Optional<String> firstValue(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                    .map(line -> line.substring(prefix.length()).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
