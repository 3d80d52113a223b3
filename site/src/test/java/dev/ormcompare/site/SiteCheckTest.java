package dev.ormcompare.site;

import dev.ormcompare.asciidoctor.AsciidoctorConsole;
import dev.ormcompare.asciidoctor.settings.FailOn;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the check goal runs: every page read with real Asciidoctor, each problem logged, nothing written. */
class SiteCheckTest {

    @TempDir
    Path root;

    private final List<String> messages = new ArrayList<>();

    private SiteCheck.Outcome check(FailOn failOn) throws IOException {
        DocsProject project = new DocsProject(root, null);
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\normcompare::apply[orms=djano]\n");
        project.write("src/docs/asciidoc/guide.adoc", "= Guide\n\normcompare::status[orms=django]\n");
        project.write("src/docs/asciidoc/_partial.adoc", "ormcompare::apply[orms=nobody]\n");
        project.failOn = failOn;
        return SiteCheck.run(project.settings("target/site", "target/ormcompare/render-state.txt"),
                new MessageList(messages));
    }

    @Test
    void aMistakeAtFailOnIsAFailureWithItsFileAndLine() throws IOException {
        SiteCheck.Outcome outcome = check(FailOn.ERROR);

        assertThat(outcome.pages()).isEqualTo(2);
        assertThat(outcome.failures()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(root.resolve("src/docs/asciidoc/index.adoc"));
            assertThat(problem.line()).isEqualTo(3);
        });
        assertThat(messages).singleElement().asString()
                .startsWith("ERROR src/docs/asciidoc/index.adoc:3: unknown ORM 'djano'; did you mean 'django'?");
        assertThat(root.resolve("target")).doesNotExist();
    }

    @Test
    void aMistakeBelowFailOnIsAWarning() throws IOException {
        SiteCheck.Outcome outcome = check(FailOn.atLeast(Severity.FATAL));

        assertThat(outcome.failures()).isEmpty();
        assertThat(messages).singleElement().asString()
                .startsWith("WARN src/docs/asciidoc/index.adoc:3: unknown ORM 'djano'; did you mean 'django'?");
    }

    @Test
    void failOnNoneFailsOnNothingAndWarnsOfEveryMistake() throws IOException {
        SiteCheck.Outcome outcome = check(FailOn.NONE);

        assertThat(outcome.failures()).isEmpty();
        assertThat(messages).singleElement().asString()
                .startsWith("WARN src/docs/asciidoc/index.adoc:3: unknown ORM 'djano'; did you mean 'django'?");
    }

    @Test
    void eachMistakeIsReportedOnceNotAlsoOnAsciidoctorsConsole() throws IOException {
        try (AsciidoctorConsole console = AsciidoctorConsole.listen()) {
            check(FailOn.ERROR);

            assertThat(messages).singleElement().asString().contains("unknown ORM 'djano'");
            assertThat(console.printed()).isEmpty();
        }
    }

    @Test
    void twoSourcesOfOneFileOfTheSiteAreAFailureNamingBoth() throws IOException {
        new DocsProject(root, null).write("src/docs/asciidoc/guide.asciidoc", "= Another guide\n");

        SiteCheck.Outcome outcome = check(FailOn.ERROR);

        assertThat(outcome.pages()).isEqualTo(2);
        assertThat(messages).contains("ERROR src/docs/asciidoc/guide.asciidoc: left out of the site: guide.adoc is "
                + "written to guide.html too, and one file cannot hold both; rename one of them");
        assertThat(outcome.failures()).hasSize(2);
    }

    @Test
    void aChapterABookIncludesIsCheckedAsPartOfTheBookNotAlone() throws IOException {
        DocsProject project = new DocsProject(root, null);
        project.write("src/docs/asciidoc/book.adoc", "= Book\n:extrasdir: extras\n\ninclude::chapters/one.adoc[]\n");
        project.write("src/docs/asciidoc/chapters/one.adoc", "== One\n\ninclude::{extrasdir}/code.java[]\n\n"
                + "ormcompare::apply[orms=djnago]\n");
        project.write("src/docs/asciidoc/chapters/extras/code.java", "class Code {}\n");

        SiteCheck.Outcome outcome = SiteCheck.run(project.settings("target/site", "target/ormcompare/render-state.txt"),
                new MessageList(messages));

        // Alone, the chapter would also fail to include {extrasdir}/code.java: the book sets extrasdir.
        assertThat(outcome.failures()).singleElement().extracting(Problem::message).asString()
                .startsWith("unknown ORM 'djnago'");
        assertThat(messages).singleElement().asString().startsWith("ERROR ").contains("unknown ORM 'djnago'");
    }
}
