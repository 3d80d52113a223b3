package dev.ormcompare.site.convert;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How converter JVMs are started.
 *
 * @param java      the {@code java} executable
 * @param classpath the plugin's classes and its dependencies
 * @param jvmArgs   options for each converter JVM
 * @param timeout   how long a converter JVM may take to connect or to answer for one page before it
 *                  is stopped as hung
 */
public record ForkSettings(Path java, List<Path> classpath, List<String> jvmArgs, Duration timeout) {

    /**
     * A JVM tuned for a short Asciidoctor run: AsciidoctorJ runs on JRuby, whose interpreter and
     * generated code keep HotSpot's optimising compiler busy for most of a docs build; stopping at the
     * quick compiler and collecting with one thread halved the CPU time of a 50-page build on 2 cores.
     */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Far more than a page takes (seconds, the first with Asciidoctor's boot), short enough that a
     * hung build is noticed in CI.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public ForkSettings {
        classpath = List.copyOf(classpath);
        jvmArgs = List.copyOf(jvmArgs);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a converter's timeout must be positive, not " + timeout);
        }
    }

    public ForkSettings(Path java, List<Path> classpath, List<String> jvmArgs) {
        this(java, classpath, jvmArgs, DEFAULT_TIMEOUT);
    }

    /** The JVM running this code, with {@code classpath}. */
    public static ForkSettings thisJvm(List<Path> classpath, List<String> jvmArgs) {
        return new ForkSettings(Path.of(System.getProperty("java.home"), "bin", "java"), classpath, jvmArgs);
    }

    public ForkSettings withTimeout(Duration newTimeout) {
        return new ForkSettings(java, classpath, jvmArgs, newTimeout);
    }

    /** This JVM's own class path: where the engine runs outside Maven (tests, tools). */
    public static List<Path> ownClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
    }

    List<String> command() {
        List<String> command = new java.util.ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ConverterMain.class.getName());
        return command;
    }
}
