package dev.ormcompare.site.search;

import dev.ormcompare.site.ClassAsciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page offers to search, read from a real Asciidoctor's tree of a page with sections, code and tabs. */
class SearchEntriesTest {

    @RegisterExtension
    static final ClassAsciidoctor asciidoctor = new ClassAsciidoctor();

    @TempDir
    Path docs;

    @Test
    void thePageItsSectionsAndEverySnippetOfEveryTabAreEntries() throws IOException {
        Path page = Files.writeString(docs.resolve("guide.adoc"), """
                = Migrations *guide*

                Start with xref:install.adoc[installing it].

                == Rolling back

                Undo the last migration.

                ormcompare::[topic=rollback,orms="sqlalchemy,prisma"]

                === By hand

                [source,sql]
                ----
                drop table users_v2;
                ----
                """);

        List<SearchEntry> entries = SearchEntries.of(loaded(page));

        assertThat(entries).extracting(SearchEntry::kind).containsExactly(SearchEntry.Kind.PAGE,
                SearchEntry.Kind.SECTION, SearchEntry.Kind.SNIPPET, SearchEntry.Kind.SNIPPET, SearchEntry.Kind.SECTION);
        assertThat(entries.get(0)).isEqualTo(new SearchEntry(SearchEntry.Kind.PAGE, "", "Migrations guide", "",
                "Start with installing it.", ""));
        assertThat(entries.get(1)).isEqualTo(new SearchEntry(SearchEntry.Kind.SECTION, "_rolling_back", "Rolling back",
                "", "Undo the last migration.", ""));
        SearchEntry sqlalchemy = entries.get(2);
        assertThat(sqlalchemy.anchor()).isEqualTo("ormcompare-rollback-sqlalchemy");
        assertThat(sqlalchemy.title()).isEqualTo("SQLAlchemy");
        assertThat(sqlalchemy.section()).isEqualTo("Rolling back");
        assertThat(sqlalchemy.topic()).isEqualTo("Rollback Migration");
        assertThat(sqlalchemy.text()).contains("alembic downgrade");
        assertThat(entries.get(3).anchor()).isEqualTo("ormcompare-rollback-prisma");
        assertThat(entries.get(3).text()).as("Prisma's note").containsIgnoringCase("no built-in");
        assertThat(entries.get(4)).isEqualTo(new SearchEntry(SearchEntry.Kind.SECTION, "_by_hand", "By hand",
                "Rolling back", "drop table users_v2;", ""));
    }

    @Test
    void eachFileOfACellTheSqlItSentAndAMissingCellsReasonAreEntriesOfTheirOrmsTab() throws IOException {
        Path page = Files.writeString(docs.resolve("java.adoc"), """
                = Java

                ormcompare::[topic=many-to-many,orms="hibernate,mybatis"]

                ormcompare::[topic=rollback,orms="flyway"]
                """);

        List<SearchEntry> entries = SearchEntries.of(loaded(page));

        assertThat(entries).filteredOn(entry -> entry.anchor().equals("ormcompare-many-to-many-hibernate"))
                .extracting(SearchEntry::title).contains("Hibernate ORM: Post.java", "Hibernate ORM: Tag.java");
        assertThat(entries).filteredOn(entry -> entry.title().endsWith(": SQL sent")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.text().toLowerCase()).contains("select"));
        assertThat(entries).filteredOn(entry -> entry.anchor().equals("ormcompare-rollback-flyway")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.title()).isEqualTo("Flyway");
                    assertThat(entry.text()).contains("Undo migrations (flyway undo) are in Flyway's paid editions");
                });
    }

    @Test
    void titlesShowWhatTheReaderSeesWithEveryCharacterReferenceDecoded() throws IOException {
        Path page = Files.writeString(docs.resolve("arrows.adoc"), """
                = Schema -> table...

                == Don't stop &mdash; &#169; 2026 &amp; on

                Text.
                """);

        List<SearchEntry> entries = SearchEntries.of(loaded(page));

        assertThat(entries.get(0).title()).isEqualTo("Schema \u2192 table\u2026");
        assertThat(entries.get(1).title()).isEqualTo("Don't stop \u2014 \u00a9 2026 & on");
    }

    @Test
    void theIndexIsAScriptWhoseStringsCannotEndIt() {
        String part = SearchIndex.entries(List.of(new SearchEntry(SearchEntry.Kind.SNIPPET, "a-b", "A \"quoted\" name",
                "", "</script><script>alert(1)</script>\nline two", "topic")));

        String script = SearchIndex.script(Map.of("guide/a.html", part));

        assertThat(script).startsWith("window.ormcompareSearchIndex={\"p\":[{\"u\":\"guide/a.html\",\"e\":[[\"c\",\"a-b\"")
                .contains("A \\\"quoted\\\" name").contains("\\u003c/script>").doesNotContain("</script>")
                .contains("\\nline two").endsWith("}};\n");
    }

    private static Document loaded(Path page) {
        return asciidoctor.get().loadFile(page.toFile(), Options.builder().safe(SafeMode.UNSAFE).build());
    }
}
