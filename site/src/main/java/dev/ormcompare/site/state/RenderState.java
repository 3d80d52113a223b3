package dev.ormcompare.site.state;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.publish.SiteFiles;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last render produced: the fingerprint of the settings every page shares, each page's
 * record (its HTML's hash, every input it read with that input's state, what it logged) and the
 * resources copied. Kept in the build directory, so {@code mvn clean} forgets it. A line-based text
 * file of space-separated fields; anything that does not read back exactly counts as no state. Paths and
 * messages name the project's directory relatively ({@link ProjectPaths}), so that the state holds in
 * another checkout.
 */
public final class RenderState {

    /**
     * One page as last rendered: its header, the hash of what converting it gave (kept in the build
     * directory) and that file's size and time ({@link FileHashes#stamp}), each input with its state,
     * what converting it logged; then the stamp of the HTML written, the site's fingerprint it was
     * written for, and what its links gave to warn about.
     */
    public record PageRecord(PageHeader header, String converted, String convertedStamp, boolean isVolatile,
                      Map<Path, String> inputs, List<Problem> problems, String htmlStamp, String site,
                      List<Problem> linkProblems) {
        public PageRecord {
            inputs = new TreeMap<>(inputs);
            problems = List.copyOf(problems);
            linkProblems = List.copyOf(linkProblems);
        }

        /** Just converted; its HTML not written yet. */
        public static PageRecord converted(PageHeader header, String converted, String convertedStamp, boolean isVolatile,
                                    Map<Path, String> inputs, List<Problem> problems) {
            return new PageRecord(header, converted, convertedStamp, isVolatile, inputs, problems, FileHashes.ABSENT, "",
                    List.of());
        }

        /** Asciidoctor broke on it: rendered again next time. */
        public static PageRecord broken() {
            return new PageRecord(new PageHeader("", Integer.MAX_VALUE), FileHashes.ABSENT, FileHashes.ABSENT, true,
                    Map.of(), List.of(), FileHashes.ABSENT, "", List.of());
        }

        public PageRecord composed(String htmlStamp, String site, List<Problem> linkProblems) {
            return new PageRecord(header, converted, convertedStamp, isVolatile, inputs, problems, htmlStamp, site,
                    linkProblems);
        }

        public List<Problem> allProblems() {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(linkProblems);
            return all;
        }
    }

    /** The file cannot be read back as a state. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private static final String HEADER = "ormcompare render state 4";

    private final String shared;
    private final Map<String, PageRecord> pages;
    private final Set<String> resources;

    public RenderState(String shared, Map<String, PageRecord> pages, Set<String> resources) {
        this.shared = shared;
        this.pages = new TreeMap<>(pages);
        this.resources = new TreeSet<>(resources);
    }

    public static RenderState empty() {
        return new RenderState("", Map.of(), Set.of());
    }

    public String shared() {
        return shared;
    }

    /** The record of the page last rendered from {@code page} (a path relative to the source directory), or null. */
    public PageRecord page(String page) {
        return pages.get(page);
    }

    public Map<String, PageRecord> pages() {
        return pages;
    }

    /** The resources (paths relative to the output directory) last copied. */
    public Set<String> resources() {
        return resources;
    }

    /** @throws NoSuchFileException when there is no state yet */
    public static RenderState load(Path file, ProjectPaths paths) throws IOException, Unreadable {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            throw new Unreadable("it does not start with '" + HEADER + "'");
        }
        String shared = fields(lines.get(1), "shared", 1)[0];
        Map<String, PageRecord> pages = new LinkedHashMap<>();
        Set<String> resources = new TreeSet<>();
        String page = null;
        String[] fields = null;
        Map<Path, String> inputs = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> linkProblems = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            String kind = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
            switch (kind) {
                case "page" -> {
                    if (page != null) {
                        pages.put(page, record(fields, inputs, problems, linkProblems, paths));
                    }
                    fields = fields(line, kind, 9);
                    page = fields[0];
                    inputs = new TreeMap<>();
                    problems = new ArrayList<>();
                    linkProblems = new ArrayList<>();
                }
                case "input" -> {
                    String[] input = fields(line, kind, 2);
                    requirePage(page, i);
                    inputs.put(path(input[0], paths), input[1]);
                }
                case "problem", "linkproblem" -> {
                    String[] problem = fields(line, kind, 4);
                    requirePage(page, i);
                    (kind.equals("problem") ? problems : linkProblems).add(new Problem(severity(problem[0]),
                            path(problem[1], paths), number(problem[2]), paths.restoredText(problem[3])));
                }
                case "resource" -> resources.add(fields(line, kind, 1)[0]);
                default -> throw new Unreadable("line " + (i + 1) + " is not a page, input, problem or resource");
            }
        }
        if (page != null) {
            pages.put(page, record(fields, inputs, problems, linkProblems, paths));
        }
        return new RenderState(shared, pages, resources);
    }

    private static PageRecord record(String[] page, Map<Path, String> inputs, List<Problem> problems,
                                     List<Problem> linkProblems, ProjectPaths paths) throws Unreadable {
        PageHeader.Outline outline;
        try {
            outline = PageHeader.Outline.decode(page[8]).withIncludePaths(path -> paths.restored(path.toString()));
        } catch (IllegalArgumentException e) { // InvalidPathException included
            throw new Unreadable("the outline of " + page[0] + " does not read back: " + e.getMessage());
        }
        return new PageRecord(new PageHeader(page[7], number(page[6]), outline), page[1], page[2],
                Boolean.parseBoolean(page[3]), inputs, problems, page[4], page[5], linkProblems);
    }

    public void save(Path file, SiteFiles files, ProjectPaths paths) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "shared", shared);
        pages.forEach((page, record) -> {
            line(text, "page", page, record.converted(), record.convertedStamp(), Boolean.toString(record.isVolatile()),
                    record.htmlStamp(), record.site(), Integer.toString(record.header().navOrder()), record.header().title(),
                    record.header().outline().withIncludePaths(path -> Path.of(paths.kept(path))).encode());
            record.inputs().forEach((path, state) -> line(text, "input", paths.kept(path), state));
            problems(text, "problem", record.problems(), paths);
            problems(text, "linkproblem", record.linkProblems(), paths);
        });
        resources.forEach(resource -> line(text, "resource", resource));
        files.write(file, text.toString());
    }

    private static void problems(StringBuilder text, String kind, List<Problem> problems, ProjectPaths paths) {
        for (Problem problem : problems) {
            line(text, kind, problem.severity().name(), paths.kept(problem.file()), Integer.toString(problem.line()),
                    paths.keptText(problem.message()));
        }
    }

    private static void line(StringBuilder text, String kind, String... fields) {
        text.append(kind);
        for (String field : fields) {
            text.append(' ').append(escape(field));
        }
        text.append('\n');
    }

    private static String[] fields(String line, String kind, int count) throws Unreadable {
        String[] parts = line.split(" ", -1);
        if (!parts[0].equals(kind) || parts.length != count + 1) {
            throw new Unreadable("'" + line + "' is not a " + kind + " line of " + count + " fields");
        }
        String[] fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = unescape(parts[i + 1], line);
        }
        return fields;
    }

    /** Keeps a field on its line and apart from the next: {@code %}, space and line breaks become {@code %XX}. */
    public static String escape(String field) {
        StringBuilder escaped = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            if (c == '%' || c == ' ' || c == '\n' || c == '\r') {
                escaped.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String unescape(String field, String line) throws Unreadable {
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '%') {
                text.append(c);
                continue;
            }
            if (i + 2 >= field.length()) {
                throw new Unreadable("'" + line + "' ends in the middle of an escape");
            }
            try {
                text.append((char) HexFormat.fromHexDigits(field, i + 1, i + 3));
            } catch (IllegalArgumentException e) {
                throw new Unreadable("'" + line + "' has an escape that is not %XX");
            }
            i += 2;
        }
        return text.toString();
    }

    private static void requirePage(String page, int index) throws Unreadable {
        if (page == null) {
            throw new Unreadable("line " + (index + 1) + " comes before any page");
        }
    }

    private static Severity severity(String name) throws Unreadable {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("'" + name + "' is not a severity");
        }
    }

    private static Path path(String text, ProjectPaths paths) throws Unreadable {
        try {
            return paths.restored(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Unreadable("'" + text + "' is not a path");
        }
    }

    private static int number(String text) throws Unreadable {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Unreadable("'" + text + "' is not a line number");
        }
    }
}
