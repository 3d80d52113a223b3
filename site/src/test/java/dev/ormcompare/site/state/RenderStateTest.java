package dev.ormcompare.site.state;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.site.state.RenderState.PageRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderStateTest {

    @TempDir
    Path directory;

    @Test
    void whatIsSavedReadsBackExactlyWhateverTheNamesAndMessagesHold() throws Exception {
        Path odd = directory.resolve("a folder/with 100% odd\nnames.adoc");
        PageRecord record = new PageRecord(new PageHeader("A <code>title</code> with 100% spaces", 3), "abc",
                "10@2026-11-30T06:00:00.123456789Z", false, Map.of(odd, FileHashes.ABSENT, directory.resolve("b"), "d1"),
                List.of(new Problem(Severity.WARN, odd, 3, "a message\nover two lines with %20 in it"),
                        new Problem(Severity.ERROR, odd, 0, "")), "12@2026-11-30T06:00:01Z", "site1",
                List.of(new Problem(Severity.WARN, odd, 7, "xref to 'x.adoc' leads to no page.")));
        RenderState state = new RenderState("shared", Map.of("guide/a page.adoc", record,
                "other.adoc", PageRecord.broken(), "new.adoc", PageRecord.converted(new PageHeader("", Integer.MAX_VALUE),
                        "h", "1@t", false, Map.of(), List.of())), Set.of("images/a b.svg"));
        Path file = directory.resolve("state/render-state.txt");

        state.save(file, new SiteFiles(), new ProjectPaths(directory));
        RenderState loaded = RenderState.load(file, new ProjectPaths(directory));

        assertThat(loaded.shared()).isEqualTo("shared");
        assertThat(loaded.pages()).isEqualTo(state.pages());
        assertThat(loaded.resources()).containsExactly("images/a b.svg");
    }

    @Test
    void aStateReadInAnotherCheckoutNamesThatCheckoutsFiles() throws Exception {
        Path project = directory.resolve("alice/docs");
        Path page = project.resolve("src/docs/asciidoc/index.adoc");
        Path source = directory.resolve("alice/core/src/main/java/A.java");
        PageRecord record = PageRecord.converted(new PageHeader("Home", 1), "h", "1@t", false,
                Map.of(page, "p1", source, "s1"),
                List.of(new Problem(Severity.ERROR, page, 2, "include file not found: " + project.resolve("src/x.adoc"))));
        Path file = project.resolve("target/ormcompare/render-state.txt");
        new RenderState("shared", Map.of("index.adoc", record), Set.of()).save(file, new SiteFiles(),
                new ProjectPaths(project));
        Path elsewhere = directory.resolve("ci/job/docs");

        RenderState loaded = RenderState.load(file, new ProjectPaths(elsewhere));

        assertThat(Files.readString(file)).doesNotContain(directory.toString());
        PageRecord moved = loaded.page("index.adoc");
        assertThat(moved.inputs()).containsOnlyKeys(elsewhere.resolve("src/docs/asciidoc/index.adoc"),
                directory.resolve("ci/job/core/src/main/java/A.java"));
        assertThat(moved.problems()).containsExactly(new Problem(Severity.ERROR,
                elsewhere.resolve("src/docs/asciidoc/index.adoc"), 2,
                "include file not found: " + elsewhere.resolve("src/x.adoc")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "page.a=1\n",
        "ormcompare render state 2\n",
        "ormcompare render state 2\nshared x\ninput a b\n",
        "ormcompare render state 2\nshared x\npage a b c true\n",
        "ormcompare render state 3\nshared x\npage a b c true d e 1\n",
        "ormcompare render state 3\nshared x\npage a b c true d e one t\n",
        "ormcompare render state 3\nshared x\npage a b c true d e 1 t\nproblem LOUD a 1 m\n",
        "ormcompare render state 3\nshared x\npage a b c true d e 1 t\nlinkproblem WARN a one m\n",
        "ormcompare render state 3\nshared x\npage a%2 b c true d e 1 t\n",
        "ormcompare render state 3\nshared x\npage a%zz b c true d e 1 t\n",
        "ormcompare render state 3\nshared x\nsomething else\n",
    })
    void aStateThatDoesNotReadBackExactlyIsUnreadable(String text) throws IOException {
        Path file = directory.resolve("render-state.txt");
        Files.writeString(file, text);

        assertThatThrownBy(() -> RenderState.load(file, new ProjectPaths(directory))).isInstanceOf(RenderState.Unreadable.class);
    }
}
