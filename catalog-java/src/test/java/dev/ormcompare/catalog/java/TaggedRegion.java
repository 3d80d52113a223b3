package dev.ormcompare.catalog.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a tagged region of a catalog file, as AsciiDoc's {@code include::file[tag=NAME]} gives them: every
 * region of that name, without the tag lines themselves (of any name).
 */
public final class TaggedRegion {

    private static final Pattern ANY_TAG_LINE = Pattern.compile(".*\\b(tag|end)::[\\w.-]+\\[\\].*");

    private TaggedRegion() {
    }

    /** The region's lines; empty when the file has no such tag. */
    public static List<String> lines(String catalogPath, String tag) {
        String start = "tag::" + tag + "[]";
        String end = "end::" + tag + "[]";
        List<String> region = new ArrayList<>();
        boolean inside = false;
        for (String line : fileLines(catalogPath)) {
            if (line.contains(start)) {
                inside = true;
            } else if (line.contains(end)) {
                inside = false;
            } else if (inside && !ANY_TAG_LINE.matcher(line).matches()) {
                region.add(line);
            }
        }
        return region;
    }

    /** A file of the catalog, by its path relative to java.adoc, from the classpath (as the jar ships it). */
    static List<String> fileLines(String catalogPath) {
        String resource = "dev/ormcompare/catalog/java/" + catalogPath;
        try (InputStream in = TaggedRegion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalog file " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
