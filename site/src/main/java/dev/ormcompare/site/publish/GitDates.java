package dev.ormcompare.site.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When each file of a folder last changed, as git's history says: the date of the last commit that touched it,
 * which every clone of the same commit reads alike (a file's modification time differs from clone to clone).
 * Files git does not have, or has changed since, have none. Nothing at all outside a git work tree or without
 * git: the sitemap then says no date rather than a wrong one. Three git commands for the whole folder.
 */
public final class GitDates {

    private static final long TIMEOUT_SECONDS = 60;

    private GitDates() {
    }

    /** @return the date ({@code 2026-12-06}) by path relative to {@code folder}, with {@code /} */
    public static Map<String, String> of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        String log = git(folder, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--relative", "--", ".");
        String status = git(folder, "status", "--porcelain", "-z", "--untracked-files=all", "--", ".");
        if (log == null || status == null) {
            return Map.of();
        }
        Set<String> changed = new HashSet<>();
        // Entries "XY path", NUL-separated; a rename or copy is followed by its old path. Paths are the repository's.
        String[] entries = status.split("\0");
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].length() > 3) {
                changed.add(entries[i].substring(3));
                if (entries[i].charAt(0) == 'R' || entries[i].charAt(0) == 'C') {
                    i++;
                }
            }
        }
        String prefix = git(folder, "rev-parse", "--show-prefix");
        String inRepository = prefix == null ? "" : prefix.strip();
        Map<String, String> dates = new HashMap<>();
        String date = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("\0")) {
                date = line.substring(1).strip();
            } else if (!line.isBlank() && date != null && !changed.contains(inRepository + line)) {
                dates.putIfAbsent(line, date); // the log runs newest first
            }
        }
        return dates;
    }

    /** What git printed, or null when it is not there, fails or hangs. */
    private static String git(Path folder, String... arguments) {
        String[] command = new String[arguments.length + 5];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "core.quotePath=false"; // names as they are, not octal escapes
        command[3] = "-C";
        command[4] = folder.toAbsolutePath().toString();
        System.arraycopy(arguments, 0, command, 5, arguments.length);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        try (InputStream in = process.getInputStream()) {
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readAllBytes();
                } catch (IOException e) {
                    return null;
                }
            });
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            byte[] bytes = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return process.exitValue() == 0 && bytes != null ? new String(bytes, StandardCharsets.UTF_8) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return null;
        } catch (Exception e) {
            process.destroyForcibly();
            return null;
        }
    }
}
