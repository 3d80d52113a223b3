package dev.ormcompare.site;

import dev.ormcompare.asciidoctor.settings.FailOn;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random sequences of what happens to a docs tree between builds (pages, partials at several
 * depths, sources outside the docs, catalogs and their snippet sources, docinfo and resources edited,
 * created, deleted and reverted; settings and failOn changed; builds killed part-way). After every
 * build that finishes, the site and the problems reported equal those of a clean build, byte for byte.
 * Mixed with what users and other tools do to the output (files of their own in the site, outputs
 * edited, folders and files replaced by symbolic links to elsewhere, lines added to the render's
 * state and record), no build loses a byte the render did not write.
 */
class IncrementalPropertyTest {

    private static final int STEPS = 12;

    /** The user catalog, with a snippet from a source file outside the docs. */
    private static final String TEAM_CATALOG = """
            [orm,id=team,name="Team ORM",language=java]
            [snippet,topic=status,orm=team,include=../../main/java/demo/Migrate.java,tag=status]
            """;

    /** The catalog a page names in its header. */
    private static final String OTHER_CATALOG = """
            [orm,id=other,name="Other ORM",language=console]
            [snippet,topic=apply,orm=other]
            ----
            $ other apply
            ----
            """;

    /** A page with its own catalog in the header, and docinfo. */
    private static final String CATALOG_PAGE = """
            = Catalog
            :ormcompare-catalog: ../../team-catalog
            :docinfo: shared

            ormcompare::apply[orms="other,django"]
            """;

    private static final String STATE = "target/ormcompare/render-state.txt";

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;
    private Random random;
    /** Every content each file had, so that a step can revert one (null: the file did not exist). */
    private final Map<String, List<String>> history = new HashMap<>();
    private int edits;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void incrementalBuildsEqualCleanBuilds(long seed) throws IOException {
        writeFixture(seed);
        assertSameAsClean(seed, 0, "first build");
        for (int step = 1; step <= STEPS; step++) {
            String change = change();
            if (random.nextInt(4) == 0) {
                change += ", " + buildKilledPartWay() + ", " + change();
            }
            assertSameAsClean(seed, step, change);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void foreignFilesLinksAndStateEditsLoseNoByte(long seed) throws IOException {
        writeFixture(seed);
        project.render();
        Set<String> outputs = project.cleanRenderFiles();
        for (int step = 1; step <= STEPS; step++) {
            List<String> changes = new ArrayList<>();
            if (random.nextBoolean()) {
                changes.add(change());
            }
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                changes.add(disturb(new ArrayList<>(outputs)));
            }
            Map<String, String> sources = project.files("src");
            if (random.nextInt(4) == 0) {
                try {
                    changes.add(buildKilledPartWay());
                } catch (UnsafeOutput e) {
                    changes.add("a build refused");
                }
            }
            String where = "seed " + seed + ", step " + step + " " + changes;
            boolean refused = false;
            try {
                project.render();
            } catch (UnsafeOutput e) {
                refused = true;
                assertThat(inTheWay).as(where + ": refused with nothing in the way: " + e.getMessage()).isNotEmpty();
            }
            for (Map.Entry<Path, String> file : foreign.entrySet()) {
                assertThat(file.getKey()).as(where).hasContent(file.getValue());
            }
            for (Map.Entry<Path, Path> link : links.entrySet()) {
                assertThat(Files.readSymbolicLink(link.getKey())).as(where).isEqualTo(link.getValue());
            }
            assertThat(project.files("src")).as(where + ": the sources").isEqualTo(sources);
            outputs = project.cleanRenderFiles();
            if (!refused) {
                Map<String, String> site = ownSiteFiles();
                assertThat(site).as(where + ": the site but for what is not the render's")
                        .isEqualTo(project.files("target/clean-site"));
            } else if (random.nextBoolean()) {
                clearTheWay(); // as the refusal says
            }
        }
    }

    /** Foreign files (in the site and elsewhere) with their content: nothing may change them. */
    private final Map<Path, String> foreign = new HashMap<>();
    /** Symbolic links a user made in the site, with where each leads. */
    private final Map<Path, Path> links = new HashMap<>();
    /** The foreign files and links where the render may have to write. */
    private final Set<Path> inTheWay = new HashSet<>();

    /** Does to the output what a user or another tool might, and says what. */
    private String disturb(List<String> outputs) throws IOException {
        int n = ++edits;
        Path site = project.path("target/site");
        Files.createDirectories(site);
        switch (random.nextInt(7)) {
            case 0 -> {
                String name = pick("", "apidocs/", "images/", "guide/", "new/") + "foreign-" + n + ".txt";
                putForeign(site.resolve(name), "another tool's file " + n, false);
                if (random.nextBoolean()) {
                    addLine(project.path(STATE), "resource " + name);
                }
                return "a file of another tool, " + name;
            }
            case 1 -> {
                String name = random.nextInt(4) == 0 ? "new/page0.html" : outputs.get(random.nextInt(outputs.size()));
                if (isBelowLink(site.resolve(name))) {
                    return "nothing";
                }
                forget(site.resolve(name));
                putForeign(site.resolve(name), "a user's file where the render writes " + n, true);
                return "a user's file at " + name;
            }
            case 2 -> {
                String folder = pick("images", "new", "guide", "apidocs");
                Path linked = site.resolve(folder);
                if (Files.isSymbolicLink(linked)) {
                    return "nothing";
                }
                forgetTree(linked);
                Path elsewhere = project.path("elsewhere/" + folder + n);
                for (String name : List.of("logo.svg", "page0.html", "catalog.html", "notes.txt")) {
                    putForeign(elsewhere.resolve(name), "elsewhere's " + name + " " + n, false);
                }
                link(linked, elsewhere);
                return "folder " + folder + " linked to " + elsewhere;
            }
            case 3 -> {
                String name = random.nextBoolean() ? outputs.get(random.nextInt(outputs.size())) : "linked-" + n + ".html";
                Path linked = site.resolve(name);
                if (isBelowLink(linked)) {
                    return "nothing";
                }
                forget(linked);
                Files.deleteIfExists(linked);
                Path elsewhere = project.path("elsewhere/file" + n + ".html");
                putForeign(elsewhere, "<p>elsewhere " + n + "</p>", false);
                Files.createDirectories(linked.getParent());
                link(linked, elsewhere);
                return "file " + name + " linked to " + elsewhere;
            }
            case 4 -> {
                List<Path> files = new ArrayList<>(foreign.keySet());
                files.sort(null);
                String named = files.isEmpty() ? "images/logo.svg" : site.relativize(files.get(random.nextInt(files.size())))
                        .toString();
                String line = pick("resource " + named, "resource ../../src/docs/asciidoc/index.adoc",
                        "resource " + project.path("src/docs/asciidoc/images/logo.svg"));
                addLine(project.path(STATE), line);
                addLine(project.path("target/ormcompare/written-files.txt"), "file " + named + " " + "0".repeat(64) + " -");
                return "state and record lines naming " + named;
            }
            case 5 -> {
                clearTheWay();
                return "what was in the way removed";
            }
            default -> {
                String name = outputs.get(random.nextInt(outputs.size()));
                Path output = site.resolve(name);
                if (isBelowLink(output) || !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)
                        || foreign.containsKey(output)) {
                    return "nothing";
                }
                putForeign(output, Files.readString(output) + "\n<!-- edited by hand " + n + " -->\n", true);
                return "output " + name + " edited by hand";
            }
        }
    }

    private void clearTheWay() throws IOException {
        for (Path path : List.copyOf(inTheWay)) {
            forget(path);
            Files.deleteIfExists(path);
        }
    }

    private void putForeign(Path file, String content, boolean mayBeInTheWay) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        foreign.put(file, content);
        if (mayBeInTheWay) {
            inTheWay.add(file);
        }
    }

    private void link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        links.put(link, target);
        inTheWay.add(link);
    }

    /** Stops tracking a foreign file or link the user is about to delete. */
    private void forget(Path path) {
        foreign.remove(path);
        links.remove(path);
        inTheWay.remove(path);
    }

    private void forgetTree(Path folder) throws IOException {
        List.copyOf(foreign.keySet()).stream().filter(path -> path.startsWith(folder)).forEach(this::forget);
        List.copyOf(links.keySet()).stream().filter(path -> path.startsWith(folder)).forEach(this::forget);
        DocsProject.deleteTree(folder);
    }

    private boolean isBelowLink(Path path) {
        Path site = project.path("target/site");
        for (Path folder = path.getParent(); folder != null && folder.startsWith(site); folder = folder.getParent()) {
            if (Files.isSymbolicLink(folder)) {
                return true;
            }
        }
        return false;
    }

    private static void addLine(Path file, String line) throws IOException {
        if (Files.isRegularFile(file)) {
            Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
        }
    }

    /** The site's regular files, not through links, but for the foreign ones. */
    private Map<String, String> ownSiteFiles() throws IOException {
        Path site = project.path("target/site");
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (!foreign.containsKey(file)) {
                    contents.put(site.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return contents;
    }

    /** A build that the disk's writes may stop dead part-way, as kill -9 would; says which. */
    private String buildKilledPartWay() throws IOException {
        try {
            project.render(new KillingSiteFiles(random.nextInt(6)));
            return "a build";
        } catch (KillingSiteFiles.Killed expected) {
            return "a build killed part-way";
        }
    }

    private void assertSameAsClean(long seed, int step, String change) throws IOException {
        String where = "seed " + seed + ", step " + step + " (" + change + ")";
        SiteRenderer.Outcome incremental = project.render();
        SiteRenderer.Outcome clean = project.cleanRender("target/clean-site");
        assertThat(project.files("target/site")).as(where).isEqualTo(project.files("target/clean-site"));
        assertThat(incremental.problems()).as(where).isEqualTo(clean.problems());
        assertThat(incremental.failures()).as(where).isEqualTo(clean.failures());
    }

    private void writeFixture(long seed) throws IOException {
        project = new DocsProject(directory, converters);
        random = new Random(seed);
        put("src/main/java/demo/Migrate.java", javaSource("apply()", "status()"));
        put("src/docs/asciidoc/index.adoc", """
                = Guide

                include::getting-started.adoc[]

                include::_partials/_shared.adoc[]

                include::_partials/_later.adoc[opts=optional]

                [source,sql]
                ----
                include::extras/query.sql[]
                ----

                [source,java]
                ----
                include::../../main/java/demo/Migrate.java[tag=apply]
                ----

                ormcompare::status[orms="team,prisma"]
                """);
        put("src/docs/asciidoc/getting-started.adoc", "== Getting started\n\ninclude::_partials/_shared.adoc[]\n");
        put("src/docs/asciidoc/_partials/_shared.adoc", "Shared text.\n\ninclude::deeper/_note.adoc[]\n");
        put("src/docs/asciidoc/_partials/deeper/_note.adoc", "NOTE: A note two folders down.\n");
        put("src/docs/asciidoc/extras/query.sql", "select 1;\n");
        put("src/docs/asciidoc/guide/catalog.adoc", CATALOG_PAGE);
        put("src/docs/asciidoc/guide/docinfo.html", "<meta name=\"team\" content=\"1\">\n");
        put("src/docs/asciidoc/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        put("src/docs/ormcompare/team.adoc", TEAM_CATALOG);
        put("src/docs/team-catalog/other.adoc", OTHER_CATALOG);
    }

    private static String javaSource(String apply, String status) {
        return "class Migrate {\n    // tag::apply[]\n    void " + apply + " {}\n    // end::apply[]\n"
                + "    // tag::status[]\n    void " + status + " {}\n    // end::status[]\n}\n";
    }

    /** Makes one random change to the tree or the settings, and says which. */
    private String change() throws IOException {
        int n = ++edits;
        switch (random.nextInt(15)) {
            case 0 -> {
                return appendTo(pick("src/docs/asciidoc/index.adoc", "src/docs/asciidoc/getting-started.adoc",
                        "src/docs/asciidoc/guide/catalog.adoc"), "\nEdit " + n + ".\n");
            }
            case 1 -> {
                return appendTo(pick("src/docs/asciidoc/_partials/_shared.adoc",
                        "src/docs/asciidoc/_partials/deeper/_note.adoc"), "\nPartial edit " + n + ".\n");
            }
            case 2 -> {
                return put("src/main/java/demo/Migrate.java", javaSource("apply" + n + "()", "status" + n + "()"));
            }
            case 3 -> {
                return put("src/docs/asciidoc/extras/query.sql", "select " + n + ";\n");
            }
            case 4 -> {
                return put("src/docs/team-catalog/other.adoc", OTHER_CATALOG.replace("other apply", "other apply -" + n));
            }
            case 5 -> {
                return put("src/docs/asciidoc/guide/docinfo.html", "<meta name=\"team\" content=\"" + n + "\">\n");
            }
            case 6 -> {
                return put("src/docs/asciidoc/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"s" + n
                        + "\"/>\n");
            }
            case 7 -> {
                return remove(pick("src/docs/asciidoc/images/logo.svg", "src/docs/asciidoc/getting-started.adoc",
                        "src/docs/asciidoc/guide/catalog.adoc", "src/docs/asciidoc/guide/docinfo.html"));
            }
            case 8 -> {
                return put("src/docs/asciidoc/new/page" + random.nextInt(3) + ".adoc", "= New " + n
                        + "\n\ninclude::../_partials/_shared.adoc[]\n");
            }
            case 9 -> {
                return put("src/docs/asciidoc/_partials/_later.adoc", "Created later, " + n + ".\n");
            }
            case 10 -> {
                project.attributes = random.nextBoolean() ? Map.of() : Map.of("sectnums", "", "ormcompare-orms", "sql");
                return "attributes " + project.attributes;
            }
            case 11 -> {
                project.failOn = random.nextBoolean() ? FailOn.ERROR : FailOn.atLeast(Severity.FATAL);
                return "failOn " + project.failOn;
            }
            case 12 -> {
                return put("src/docs/ormcompare/team.adoc", TEAM_CATALOG
                        + "[snippet,topic=apply,orm=team,language=console]\n----\n$ team apply " + n + "\n----\n");
            }
            case 13 -> {
                return put("src/docs/asciidoc/guide/catalog.adoc", CATALOG_PAGE.replace("django", "djano"));
            }
            default -> {
                return revert();
            }
        }
    }

    private String revert() throws IOException {
        List<String> files = new ArrayList<>(history.keySet());
        files.sort(null);
        String file = files.get(random.nextInt(files.size()));
        List<String> versions = history.get(file);
        String version = versions.get(random.nextInt(versions.size()));
        return "revert: " + (version == null ? remove(file) : put(file, version));
    }

    private String pick(String... files) {
        return files[random.nextInt(files.length)];
    }

    private String appendTo(String file, String text) throws IOException {
        return put(file, (project.path(file).toFile().isFile() ? project.read(file) : "") + text);
    }

    private String put(String file, String content) throws IOException {
        record(file);
        project.write(file, content);
        history.get(file).add(content);
        return "write " + file;
    }

    private String remove(String file) throws IOException {
        record(file);
        project.delete(file);
        history.get(file).add(null);
        return "delete " + file;
    }

    private void record(String file) throws IOException {
        if (!history.containsKey(file)) {
            List<String> versions = new ArrayList<>();
            versions.add(project.path(file).toFile().isFile() ? project.read(file) : null);
            history.put(file, versions);
        }
    }
}
