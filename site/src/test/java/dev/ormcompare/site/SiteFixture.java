package dev.ormcompare.site;

import dev.ormcompare.site.content.DocsTree;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture source site (src/test/resources/site-fixture): a nav file, a home page and two folders
 * of pages, one with a comparison block, one with a wide table and long code lines. Copied into a
 * {@link DocsProject}, where a test renders it and may edit it.
 */
final class SiteFixture {

    /** Its HTML pages in the nav file's order, which differs from the page tree's. */
    static final List<String> NAV_ORDER = List.of("index.html", "guides/install.html", "guides/first-migration.html",
            "guides/troubleshooting.html", "reference/goals.html", "reference/catalog.html", "reference/glossary.html");

    /** The look it is rendered with: a logo, a version and a footer. */
    static final SiteLook LOOK = new SiteLook(SiteLook.ORMCOMPARE, "Fixture docs", "2.0", "images/logo.svg",
            "Fixture docs 2.0 · Apache License 2.0", "");

    private SiteFixture() {
    }

    /** Copies the fixture into the project's source directory and sets its look. */
    static DocsProject copyInto(DocsProject project) throws IOException {
        return copyInto(project, "/site-fixture");
    }

    /** Copies a source tree of the test resources into the project's source directory and sets the fixture's look. */
    static DocsProject copyInto(DocsProject project, String resource) throws IOException {
        Path fixture;
        try {
            fixture = Path.of(SiteFixture.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                project.write("src/docs/asciidoc/" + DocsTree.slashed(fixture.relativize(file)), Files.readString(file));
            }
        }
        project.look = LOOK;
        return project;
    }

    /**
     * The fixture with what a page can read besides pages: a user catalog, a snippet from a source file outside
     * the docs, an include that is missing (an error naming a path), and the addresses of a published site.
     */
    static DocsProject withInputsOutsideThePages(DocsProject project) throws IOException {
        copyInto(project);
        project.look = project.look.with(new SitePublishing("https://acme.example.org/docs/",
                "https://git.example.org/acme/docs/edit/main/{path}", "src/docs/asciidoc"));
        project.write("src/main/java/demo/Migrate.java", """
                class Migrate {
                    // tag::apply[]
                    void apply() {}
                    // end::apply[]
                }
                """);
        project.write("src/docs/ormcompare/team.adoc", """
                [orm,id=team,name="Team ORM"]
                [snippet,topic=status,orm=team,language=console]
                ----
                $ team status
                ----
                """);
        project.write("src/docs/asciidoc/guides/team.adoc", """
                = Team

                ormcompare::status[orms=team]

                [source,java]
                ----
                include::../../../main/java/demo/Migrate.java[tag=apply]
                ----

                include::missing.adoc[]
                """);
        return project;
    }
}
