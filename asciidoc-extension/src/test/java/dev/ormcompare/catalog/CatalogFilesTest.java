package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Catalog directories on disk: files read in name order over the built-in catalog, code from source files. */
class CatalogFilesTest {

    @TempDir
    Path project;

    private static final String JAVA = """
            package app;

            class Migrations {
                void apply(Flyway flyway) {
                    // tag::apply[]
                    flyway.migrate();
                    if (true) {
                        log("done");
                    }
                    // end::apply[]
                }
                // tag::other[]
                // end::other[]
            }
            """;

    private Path write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private Catalog load() throws IOException, CatalogException {
        return CatalogFiles.load(project.resolve("docs/catalog"));
    }

    private CatalogException failure() {
        return (CatalogException) assertThatThrownBy(this::load).isInstanceOf(CatalogException.class).actual();
    }

    private static String code(Catalog catalog, String topic, String orm) {
        return catalog.snippet(catalog.findTopic(topic).orElseThrow(), catalog.findOrm(orm).orElseThrow())
                .orElseThrow().code();
    }

    @Test
    void snippetTakesTheTaggedRegionOfASourceFileOutdented() throws Exception {
        write("src/main/java/app/Migrations.java", JAVA);
        write("docs/catalog/team.adoc", """
                [orm,id=flyway,name=Flyway,language=java]
                [snippet,topic=apply,orm=flyway,include=../../src/main/java/app/Migrations.java,tag=apply]
                """);

        Catalog catalog = load();

        assertThat(code(catalog, "apply", "flyway")).isEqualTo("flyway.migrate();\nif (true) {\n    log(\"done\");\n}");
        assertThat(catalog.inputs()).containsExactly(project.resolve("docs/catalog/team.adoc"),
                project.resolve("src/main/java/app/Migrations.java"));
    }

    @Test
    void filesAreReadInNameOrderAndTheLaterWins() throws Exception {
        write("docs/catalog/b.adoc", "[snippet,topic=apply,orm=prisma]\n----\nb\n----\n");
        write("docs/catalog/a.adoc", "[snippet,topic=apply,orm=prisma]\n----\na\n----\n");

        Catalog catalog = load();

        assertThat(code(catalog, "apply", "prisma")).isEqualTo("b");
        Topic apply = catalog.findTopic("apply").orElseThrow();
        assertThat(catalog.origin(apply, catalog.findOrm("prisma").orElseThrow())).isEqualTo("b.adoc:1");
        assertThat(catalog.origin(apply, catalog.findOrm("django").orElseThrow())).startsWith("built-in migrations.adoc:");
    }

    @Test
    void removeLeavesOutABuiltInOrmOrTopic() throws Exception {
        write("docs/catalog/team.adoc", "// We do not use these\n[remove,orm=sql]\n[remove,topic=status]\n");

        Catalog catalog = load();

        assertThat(catalog.findOrm("sql")).isEmpty();
        assertThat(catalog.findTopic("status")).isEmpty();
        Catalog builtIn = BuiltInCatalog.get();
        assertThat(catalog.orms()).hasSize(builtIn.orms().size() - 1);
        assertThat(catalog.ormsWith(catalog.findTopic("apply").orElseThrow()))
                .hasSize(builtIn.ormsWith(builtIn.findTopic("apply").orElseThrow()).size() - 1);
    }

    @Test
    void missingSourceFileIsAMistakeAtTheSnippetsLine() throws Exception {
        write("docs/catalog/team.adoc", "[orm,id=flyway,name=Flyway]\n\n[snippet,topic=apply,orm=flyway,include=Nope.java,tag=x]\n");

        CatalogException e = failure();

        assertThat(e.source()).endsWith("team.adoc");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).startsWith("the file ").endsWith("Nope.java (include=Nope.java) does not exist; the path is "
                + "relative to this catalog file");
    }

    @Test
    void missingTagNamesTheTagsThere() throws Exception {
        write("src/Migrations.java", JAVA);
        write("docs/catalog/team.adoc", "[orm,id=flyway,name=Flyway]\n[snippet,topic=apply,orm=flyway,"
                + "include=../../src/Migrations.java,tag=aply]\n");

        CatalogException e = failure();

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("tag 'aply' not found in ../../src/Migrations.java; did you mean 'apply'? "
                + "Tags there: apply, other.");
    }

    @Test
    void unclosedTagIsAMistake() throws Exception {
        write("src/Open.java", "class Open {\n  // tag::apply[]\n  run();\n}\n");
        write("docs/catalog/team.adoc", "[orm,id=flyway,name=Flyway]\n[snippet,topic=apply,orm=flyway,"
                + "include=../../src/Open.java,tag=apply]\n");

        assertThat(failure().problem()).isEqualTo("tag 'apply' opened on line 2 of ../../src/Open.java is never closed; "
                + "add an end::apply[] comment");
    }

    @Test
    void removingWhatIsNotDeclaredIsAMistake() throws Exception {
        write("docs/catalog/team.adoc", "[remove,orm=doctrine]\n");

        CatalogException e = failure();

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).isEqualTo("cannot remove ORM 'doctrine': it is not declared before this line");
    }

    @Test
    void missingDirectoryGivesTheBuiltInCatalog() throws Exception {
        assertThat(load().orms()).isEqualTo(BuiltInCatalog.get().orms());
    }

    @Test
    void cacheReadsAgainWhenAnIncludedSourceFileChanges() throws Exception {
        Path source = write("src/Migrations.java", JAVA);
        write("docs/catalog/team.adoc", "[orm,id=flyway,name=Flyway]\n[snippet,topic=apply,orm=flyway,"
                + "include=../../src/Migrations.java,tag=apply]\n");
        CatalogCache cache = new CatalogCache();
        CatalogCache.Result first = cache.get(project.resolve("docs/catalog"));
        CatalogCache.Result unchanged = cache.get(project.resolve("docs/catalog"));

        Files.writeString(source, JAVA.replace("flyway.migrate();", "flyway.repair();"));
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        CatalogCache.Result changed = cache.get(project.resolve("docs/catalog"));

        assertThat(first.fresh()).isTrue();
        assertThat(unchanged.fresh()).isFalse();
        assertThat(unchanged.catalog()).isSameAs(first.catalog());
        assertThat(changed.fresh()).isTrue();
        assertThat(code(changed.catalog(), "apply", "flyway")).startsWith("flyway.repair();");
    }
}
