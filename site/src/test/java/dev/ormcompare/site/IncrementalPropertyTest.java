package dev.ormcompare.site;

import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random sequences of what happens to a docs tree between builds (pages, partials at several
 * depths, sources outside the docs, catalogs and their snippet sources, docinfo and resources edited,
 * created, deleted and reverted; settings and failOn changed; builds killed part-way). After every
 * build that finishes, the site and the problems reported equal those of a clean build, byte for byte.
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

    private static WarmConverters converters;

    @TempDir
    Path directory;
    private DocsProject project;
    private Random random;
    /** Every content each file had, so that a step can revert one (null: the file did not exist). */
    private final Map<String, List<String>> history = new HashMap<>();
    private int edits;

    @BeforeAll
    static void boot() {
        converters = new WarmConverters();
    }

    @AfterAll
    static void close() {
        converters.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void incrementalBuildsEqualCleanBuilds(long seed) throws IOException {
        project = new DocsProject(directory, converters);
        random = new Random(seed);
        writeFixture();
        assertSameAsClean(seed, 0, "first build");
        for (int step = 1; step <= STEPS; step++) {
            String change = change();
            if (random.nextInt(4) == 0) {
                KillingSiteFiles killing = new KillingSiteFiles(random.nextInt(6));
                try {
                    project.render(killing);
                } catch (KillingSiteFiles.Killed expected) {
                    change += ", a build killed part-way";
                }
                change += ", " + change();
            }
            assertSameAsClean(seed, step, change);
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

    private void writeFixture() throws IOException {
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
                project.failOn = random.nextBoolean() ? Severity.ERROR : Severity.FATAL;
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
