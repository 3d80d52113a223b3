package dev.ormcompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Maven builds of generated projects with the Maven the benchmark itself runs with, in a
 * process of their own, the way a developer types {@code mvn}: timed from start to exit, with the
 * peak memory of the process taken by GNU time where the machine has it.
 */
final class MavenRunner {

    /** One build: wall-clock seconds, peak resident memory in KiB (0 when unknown) and its log. */
    record Run(double seconds, long maxRssKib, Path log) {

        String logText() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + log, e);
            }
        }

        /** The render goal's summary line, "ormcompare: N pages rendered, M up to date, P problems, in X s". */
        Optional<RenderSummary> renderSummary() {
            Matcher matcher = RenderSummary.LINE.matcher(logText());
            return matcher.find()
                    ? Optional.of(new RenderSummary(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Double.parseDouble(matcher.group(3))))
                    : Optional.empty();
        }
    }

    record RenderSummary(int rendered, int upToDate, double seconds) {
        static final Pattern LINE = Pattern.compile("ormcompare: (\\d+) pages? rendered(?: \\(with \\d+ files? of books\\))?, (\\d+) up to date, "
                + "[^,]+, in ([0-9.]+) s");
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private final Config config;
    private final Path settings;
    private final Path logs;
    private final boolean measuresMemory;
    private int sequence;

    MavenRunner(Config config) throws IOException {
        this.config = config;
        this.logs = emptyDirectory(config.workDirectory().resolve("logs"));
        this.settings = writeSettings(config);
        this.measuresMemory = Files.isExecutable(GNU_TIME) && gnuTimeWorks();
    }

    boolean measuresMemory() {
        return measuresMemory;
    }

    /** {@code mvn -v}'s first line, e.g. "Apache Maven 3.9.16 (...)". */
    String version() throws IOException {
        Run run = run(config.workDirectory(), "version", false, Map.of(), "-v");
        return run.logText().lines().filter(line -> line.startsWith("Apache Maven")).findFirst()
                .orElse("unknown Maven in " + config.mavenHome());
    }

    /**
     * @param offline after a first build has put every plugin into the local repository, so no
     *                download is timed
     * @param environment added to the build's environment, e.g. MAVEN_OPTS
     */
    Run run(Path project, String label, boolean offline, Map<String, String> environment, String... goals)
            throws IOException {
        Path log = logs.resolve(String.format("%03d-%s.log", ++sequence, label));
        Path rss = logs.resolve(String.format("%03d-%s.time", sequence, label));
        List<String> command = new ArrayList<>();
        if (measuresMemory) {
            command.addAll(List.of(GNU_TIME.toString(), "-v", "-o", rss.toString()));
        }
        command.addAll(mavenCommand(offline, goals));

        ProcessBuilder builder = builder(project, command, environment).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IOException("the build failed (exit " + exit + "): " + String.join(" ", command) + " in " + project
                    + "; see " + log);
        }
        return new Run(seconds, measuresMemory ? maxRss(rss) : 0, log);
    }

    /** A Maven that runs until stopped, e.g. {@code ormcompare:serve}, and the log its output belongs in. */
    record Started(Process process, Path log) {
    }

    /**
     * Starts Maven as {@link #run} does, without waiting for it: its output (standard error included) is
     * the caller's to read, from the process, and to copy to the log. Not under GNU time, so that
     * {@link Process#destroy()} stops Maven itself (the mvn script execs its JVM) as Ctrl+C would.
     */
    Started start(Path project, String label, boolean offline, String... goals) throws IOException {
        Path log = logs.resolve(String.format("%03d-%s.log", ++sequence, label));
        return new Started(builder(project, mavenCommand(offline, goals), Map.of()).start(), log);
    }

    private List<String> mavenCommand(boolean offline, String... goals) {
        List<String> command = new ArrayList<>();
        command.add(config.mavenHome().resolve("bin").resolve("mvn").toString());
        command.addAll(List.of("-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + config.localRepository()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(goals));
        return command;
    }

    private static ProcessBuilder builder(Path project, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // The benchmark's own Maven (started by the wrapper) passes its settings down; a user's build starts clean.
        env.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.startsWith("MVNW_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        return builder;
    }

    /** The logs of this run only: numbered in the order the builds ran. */
    private static Path emptyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    private static long maxRss(Path timeOutput) throws IOException {
        Matcher matcher = MAX_RSS.matcher(Files.readString(timeOutput));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private static boolean gnuTimeWorks() {
        try {
            Process probe = new ProcessBuilder(GNU_TIME.toString(), "-v", "true").redirectErrorStream(true).start();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return probe.waitFor() == 0 && MAX_RSS.matcher(out).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The builds use a local repository of their own (where the it module installed ormcompare; the id is the
     * integration tests' own, so the repository they filled serves both),
     * filled from the developer's repository first and from Maven Central for the rest.
     */
    private static Path writeSettings(Config config) throws IOException {
        String url = config.outerRepository().toUri().toString();
        String repository = """
                        <id>local.central</id>
                        <url>%s</url>
                        <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                        <snapshots><enabled>false</enabled></snapshots>
                """.formatted(url);
        String settings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <settings>
                  <profiles>
                    <profile>
                      <id>bench-repositories</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository>
                %s        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                %s        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(repository, repository);
        Path file = config.workDirectory().resolve("settings.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, settings);
        return file;
    }
}
