package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A catalog directory holding a folder tree, <category>/<topic>/<orm>/<files>, as ORM Party keeps its content. */
class CatalogTreeTest {

    @TempDir
    Path project;

    private Path tree() {
        return TreeFixture.copyTo(project.resolve("tree"));
    }

    private Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void topicsAreTheFoldersWithoutTheirNumberAndTakeTheBuiltInTitles() throws Exception {
        Catalog catalog = CatalogFiles.load(tree());

        Topic insertOne = catalog.requireTopic("insert-one");
        assertThat(insertOne.qualifiedId()).isEqualTo("crud/insert-one");
        assertThat(insertOne.title()).isEqualTo("Insert a Row");
        assertThat(insertOne.group()).isEqualTo("CRUD");
        assertThat(catalog.requireTopic("crud/insert-one")).isEqualTo(insertOne);
        Topic custom = catalog.requireTopic("bulk-copy");
        assertThat(custom.title()).isEqualTo("Bulk copy");
        assertThat(custom.group()).isEqualTo("Extras");
        assertThat(custom.qualifiedId()).isEqualTo("extras/bulk-copy");
    }

    @Test
    void categoriesAndTopicsAreInTheOrderOfTheirNumbersNotOfTheirNames() throws Exception {
        Catalog catalog = CatalogFiles.load(tree());

        assertThat(catalog.topicsWithCells().stream().map(Topic::qualifiedId)).containsSubsequence(
                "setup/connect", "crud/insert-one", "transactions/rollback", "migrations/rollback", "extras/bulk-copy");
    }

    @Test
    void rollbackIsTheMigrationTopicAndTheTransactionOneAnswersToItsQualifiedId() throws Exception {
        Catalog catalog = CatalogFiles.load(tree());
        Orm django = catalog.requireOrm("django");

        assertThat(catalog.requireTopic("rollback").qualifiedId()).isEqualTo("migrations/rollback");
        assertThat(catalog.snippet(catalog.requireTopic("rollback"), django).orElseThrow().code())
                .isEqualTo("$ python manage.py migrate shop 0003");
        assertThat(catalog.snippet(catalog.requireTopic("transactions/rollback"), django).orElseThrow().code())
                .startsWith("with transaction.atomic():");
    }

    @Test
    void aShortIdOfTwoTreeTopicsIsAnErrorListingTheQualifiedIds() throws Exception {
        Path tree = tree();
        write(tree.resolve("13-more/1-bulk-copy/django/copy.py"), "copy()\n");

        Catalog catalog = CatalogFiles.load(tree);

        assertThatThrownBy(() -> catalog.requireTopic("bulk-copy")).isInstanceOf(ComparisonException.class)
                .hasMessage("topic 'bulk-copy' names 2 topics, of different groups: extras/bulk-copy, more/bulk-copy; "
                        + "write the one you mean");
        assertThat(catalog.requireTopic("more/bulk-copy").group()).isEqualTo("More");
    }

    @Test
    void aCellWithSeveralFilesShowsEachInNameOrderTitledWithoutItsNumber() throws Exception {
        Catalog catalog = CatalogFiles.load(tree());

        Snippet prisma = catalog.snippet(catalog.requireTopic("connect"), catalog.requireOrm("prisma")).orElseThrow();

        assertThat(prisma.files()).extracting(SnippetFile::title).containsExactly("schema.prisma", "app.ts");
        assertThat(prisma.files()).extracting(SnippetFile::language).containsExactly("prisma", "typescript");
        assertThat(prisma.files().get(1).code()).isEqualTo("import { PrismaClient } from \"@prisma/client\";\n\n"
                + "const prisma = new PrismaClient();");
    }

    @Test
    void aFileIsShownAsItIsBarItsFinalLineBreakAndHighlightedByItsExtension() throws Exception {
        Path tree = tree();
        write(tree.resolve("3-crud/1-insert-one/django/views.py"), "  # indented\nBook.objects.create()\n\n");

        Catalog catalog = CatalogFiles.load(tree);
        Snippet django = catalog.snippet(catalog.requireTopic("insert-one"), catalog.requireOrm("django")).orElseThrow();

        assertThat(django.files()).singleElement().satisfies(file -> {
            assertThat(file.code()).isEqualTo("  # indented\nBook.objects.create()");
            assertThat(file.language()).isEqualTo("python");
            assertThat(file.title()).isEmpty(); // a single file is titled by its ORM
        });
        Snippet shell = catalog.snippet(catalog.requireTopic("rollback"), catalog.requireOrm("django")).orElseThrow();
        assertThat(shell.language()).isEqualTo("console");
    }

    @Test
    void anUnknownOrmFolderIsAnOrmNamedAsTheFolder() throws Exception {
        Catalog catalog = CatalogFiles.load(tree());

        Orm acme = catalog.requireOrm("acme");

        assertThat(acme.name()).isEqualTo("acme");
        assertThat(catalog.snippet(catalog.requireTopic("insert-one"), acme).orElseThrow().language()).isEqualTo("go");
        assertThat(catalog.requireOrm("django").name()).isEqualTo("Django ORM");
    }

    @Test
    void filesOutsideTheLayoutAreSkippedWithOneWarningAndReadmesAndHiddenFilesSilently() throws Exception {
        Path tree = tree();
        write(tree.resolve("3-crud/stray.py"), "x\n");
        write(tree.resolve("3-crud/1-insert-one/django/helpers/util.py"), "x\n");
        write(tree.resolve("3-crud/1-insert-one/django/.cache"), "x\n");
        write(tree.resolve("3-crud/1-insert-one/README.md"), "About this topic.\n");

        Catalog catalog = CatalogFiles.load(tree);

        assertThat(catalog.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.source()).isEqualTo(tree.toString());
            assertThat(warning.problem()).isEqualTo("3 files do not fit the catalog tree's layout "
                    + "<category>/<topic>/<orm>/<files> and were skipped: 3-crud/1-insert-one/django/helpers, "
                    + "3-crud/stray.py, notes.txt; move them into an ORM folder, or out of the tree");
        });
        assertThat(catalog.snippet(catalog.requireTopic("insert-one"), catalog.requireOrm("django")).orElseThrow()
                .files()).hasSize(1);
    }

    @Test
    void anEmptyOrmFolderIsAnErrorNamingIt() throws Exception {
        Path tree = tree();
        Path empty = Files.createDirectories(tree.resolve("3-crud/1-insert-one/peewee"));

        assertThatThrownBy(() -> CatalogFiles.load(tree)).isInstanceOf(CatalogException.class)
                .hasMessage(empty + ": this ORM folder holds no file; put the snippet's files in it, or remove the folder");
    }

    @Test
    void twoTopicFoldersWithOneIdInACategoryAreAnErrorNamingBoth() throws Exception {
        Path tree = tree();
        Path second = write(tree.resolve("1-setup/2-connect/django/settings.py"), "x\n").getParent().getParent();

        assertThatThrownBy(() -> CatalogFiles.load(tree)).isInstanceOf(CatalogException.class)
                .hasMessage(second + ": this topic folder and 1-connect both give the topic id 'connect' in category "
                        + "'setup'; rename one of them (number prefixes only order, they are not part of the id)");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtItsLine() throws Exception {
        Path tree = tree();
        Path latin1 = tree.resolve("3-crud/1-insert-one/django/views.py");
        Files.write(latin1, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> CatalogFiles.load(tree)).isInstanceOf(CatalogException.class)
                .satisfies(e -> {
                    CatalogException mistake = (CatalogException) e;
                    assertThat(mistake.source()).isEqualTo(latin1.toString());
                    assertThat(mistake.line()).isEqualTo(2);
                    assertThat(mistake.problem()).endsWith("files of a catalog tree are read as UTF-8: save this file as UTF-8");
                });
    }

    @Test
    void aFileOverTheSizeLimitIsAnErrorNamingIt() throws Exception {
        Path tree = tree();
        Path huge = tree.resolve("3-crud/1-insert-one/django/views.py");
        Files.write(huge, new byte[SizeLimit.SNIPPET_SOURCE.bytes() + 1]);

        assertThatThrownBy(() -> CatalogFiles.load(tree)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith(huge + ": this file is " + (SizeLimit.SNIPPET_SOURCE.bytes() + 1) + " bytes, over");
    }

    @Test
    void inSafeModeALinkLeadingOutOfTheBaseDirectoryIsAnError() throws Exception {
        Path tree = tree();
        Path outside = write(project.resolve("secret.txt"), "password\n");
        Path link = tree.resolve("3-crud/1-insert-one/django/secret.py");
        Files.createSymbolicLink(link, outside);

        assertThatThrownBy(() -> CatalogFiles.load(tree, new Jail(tree, "SAFE"))).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith(link + ": this file leads to " + outside.toRealPath() + ", outside the base directory");
    }

    @Test
    void everyFolderAndFileReadIsAnInputAndACellsFilesBelongToItsTopic() throws Exception {
        Path tree = tree();
        Catalog catalog = CatalogFiles.load(tree);
        Topic insertOne = catalog.requireTopic("insert-one");

        assertThat(catalog.sharedInputs()).contains(tree, tree.resolve("3-crud"), tree.resolve("3-crud/1-insert-one"))
                .doesNotContain(tree.resolve("3-crud/1-insert-one/django/views.py"));
        assertThat(catalog.inputs(insertOne)).contains(tree.resolve("3-crud/1-insert-one/django"),
                tree.resolve("3-crud/1-insert-one/django/views.py"))
                .doesNotContain(tree.resolve("1-setup/1-connect/django/settings.py"));
        assertThat(catalog.inputs()).contains(tree.resolve("1-setup/1-connect/django/settings.py"));
    }

    @Test
    void aCatalogFileBesideTheTreeReadsItWhereItSaysAndOverridesItsTitlesAndCells() throws Exception {
        Path tree = tree();
        write(tree.resolve("team.adoc"), """
                [tree,path=.]
                [topic,id=extras/bulk-copy,title="Copy Many Rows at Once"]
                [missing,topic=insert-one,orm=acme,reason="acme inserts through its bulk API only"]
                """);

        Catalog catalog = CatalogFiles.load(tree);

        assertThat(catalog.requireTopic("bulk-copy").title()).isEqualTo("Copy Many Rows at Once");
        assertThat(catalog.cell(catalog.requireTopic("insert-one"), catalog.requireOrm("acme")))
                .contains(new Gap("acme inserts through its bulk API only", true));
    }

    @Test
    void aCatalogFileCanNameATreeRelativeToIt() throws Exception {
        tree();
        Path catalogs = project.resolve("catalogs");
        write(catalogs.resolve("team.adoc"), """
                // the tree sits beside this folder
                [tree,path=../tree]
                [snippet,topic=bulk-copy,orm=sql]
                ----
                COPY books FROM 'books.csv';
                ----
                """);

        Catalog catalog = CatalogFiles.load(catalogs);

        assertThat(catalog.ormsWith(catalog.requireTopic("bulk-copy"))).extracting(Orm::id).containsExactly("sql", "django");
        assertThatThrownBy(() -> CatalogFiles.load(write(catalogs.resolve("team.adoc"), "[tree,path=../nowhere]\n").getParent()))
                .isInstanceOf(CatalogException.class)
                .hasMessage(catalogs.resolve("team.adoc") + ":1: path=../nowhere is " + project.resolve("nowhere")
                        + ", which does not exist; name the folder holding the tree's category folders, relative to this "
                        + "catalog file");
    }

    @Test
    void theTreesFilesAreReadOnceAndTheCacheNoticesANewFileInACell() throws Exception {
        Path tree = tree();
        CatalogCache cache = new CatalogCache();
        Catalog first = cache.get(tree).catalog();
        assertThat(cache.get(tree).fresh()).isFalse();

        write(tree.resolve("3-crud/1-insert-one/django/2-more.py"), "more()\n");
        CatalogCache.Result again = cache.get(tree);

        assertThat(again.fresh()).isTrue();
        assertThat(again.catalog().snippet(first.requireTopic("insert-one"), first.requireOrm("django")).orElseThrow()
                .files()).extracting(SnippetFile::title).containsExactly("more.py", "views.py"); // numbered first
    }

    @Test
    void aTopicFolderJoinsABuiltInTopicWhateverTheCaseOfItsName() throws Exception {
        Path tree = project.resolve("upper");
        write(tree.resolve("3-CRUD/1-Insert-One/django/views.py"), "x\n");

        Catalog catalog = CatalogFiles.load(tree);

        assertThat(catalog.requireTopic("insert-one").title()).isEqualTo("Insert a Row");
        assertThat(catalog.topics().stream().filter(topic -> topic.id().equalsIgnoreCase("insert-one"))).hasSize(1);
        assertThat(List.of(catalog.requireTopic("Insert-One"))).hasSize(1);
    }
}
