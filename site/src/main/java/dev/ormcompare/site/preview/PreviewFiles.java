package dev.ormcompare.site.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file a request asks for in the site being previewed, and never one outside it: no
 * {@code ..}, no symbolic link that leads out, nothing but regular files.
 */
final class PreviewFiles {

    /** What a request's path leads to: a file to send, or the HTTP status that says why not. */
    record Lookup(int status, Path file) {

        static Lookup found(Path file) {
            return new Lookup(200, file);
        }

        /** A folder asked for without its trailing slash: its page's relative links need one. */
        static final Lookup FOLDER = new Lookup(301, null);
        static final Lookup MISSING = new Lookup(404, null);
        static final Lookup FORBIDDEN = new Lookup(403, null);
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;

    /** @param root the site's directory; it may not exist yet */
    PreviewFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @param requestPath the request's raw path, e.g. {@code /guide/}, {@code /a%20b.html} */
    Lookup lookup(String requestPath) throws IOException {
        String path;
        try {
            path = URI.create("http://preview" + requestPath).getPath();
        } catch (IllegalArgumentException e) {
            return Lookup.FORBIDDEN;
        }
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return Lookup.FORBIDDEN;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Lookup.FORBIDDEN;
            }
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return Lookup.FORBIDDEN;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return Lookup.FOLDER;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return Lookup.MISSING;
        }
        // A link inside the site may point anywhere: only what really lies below the site is sent.
        return file.toRealPath().startsWith(root.toRealPath()) ? Lookup.found(file) : Lookup.FORBIDDEN;
    }

    /** The Content-Type of a file, by its extension. */
    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
