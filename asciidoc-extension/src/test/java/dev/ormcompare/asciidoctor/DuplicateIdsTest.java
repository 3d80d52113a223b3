package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An id names one element of a page: a comparison whose id is already taken would have its tabs
 * drive the other block's panels, so it is a located error at the second macro, and the first
 * block stays as it was.
 */
class DuplicateIdsTest extends RealAsciidoctorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id= twice          | ormcompare::apply[orms=django,id=mine]     | ormcompare::status[orms=prisma,id=mine]
            [#id] twice        | [#mine]\\normcompare::apply[orms=django]   | [#mine]\\normcompare::status[orms=prisma]
            id= then [#id]     | ormcompare::apply[orms=django,id=mine]     | [#mine]\\normcompare::apply[orms=prisma]
            """)
    void aSecondComparisonWithTheSameIdIsALocatedError(String name, String first, String second) {
        String firstLines = first.replace("\\n", "\n");
        String adoc = "= Guide\n\nText.\n\n" + firstLines + "\n\nMore text.\n\n" + second.replace("\\n", "\n") + "\n";
        int firstLine = 5 + (int) firstLines.lines().count() - 1;
        int secondLine = firstLine + 4 + (int) second.replace("\\n", "\n").lines().count() - 1;

        Document html = conversion.html(adoc);

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(record.getCursor().getFile()).endsWith("guide.adoc");
            assertThat(record.getCursor().getLineNumber()).isEqualTo(secondLine);
            assertThat(record.getMessage()).isEqualTo("id 'mine' is already the id of the block on line " + firstLine
                    + "; an id names one block of a page: give this block an id of its own, or none");
        });
        assertIdsUnique(html);
        assertThat(html.select("#mine [role=tab]")).hasSize(1);
        assertThat(html.select("#mine-django")).hasSize(1);
        assertThat(html.select(".ormcompare-error").text()).contains("id 'mine' is already the id");
    }

    @Test
    void anIdGivenByOrmcompareIsTakenToo() {
        Document html = conversion.html("ormcompare::apply[orms=django]\n\normcompare::status[orms=prisma,id=ormcompare-apply]\n");

        assertThat(conversion.records()).extracting(LogRecord::getMessage).singleElement().asString()
                .startsWith("id 'ormcompare-apply' is already the id of the block on line 1;");
        assertIdsUnique(html);
    }

    @Test
    void anIdOfAnotherElementIsTakenToo() {
        Document html = conversion.html("[#mine]\n== Section\n\normcompare::apply[orms=django,id=mine]\n");

        assertThat(conversion.records()).extracting(LogRecord::getCursor).singleElement()
                .satisfies(cursor -> assertThat(cursor.getLineNumber()).isEqualTo(4));
        assertThat(conversion.records().get(0).getMessage()).startsWith("id 'mine' is already the id of the section on line 2;");
        assertIdsUnique(html);
    }

    @Test
    void anIdFromAnIncludedFileIsNamedWithThatFile() {
        // the first block on the included file's last line, where Asciidoctor records the include line
        conversion.write("part.adoc", "Part.\n\normcompare::apply[orms=django,id=mine]\n");

        Document html = conversion.html("include::part.adoc[]\n\normcompare::status[orms=prisma,id=mine]\n");

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getCursor().getLineNumber()).isEqualTo(3);
            assertThat(record.getMessage()).startsWith("id 'mine' is already the id of the block on line 3 of part.adoc;");
        });
        assertIdsUnique(html);
    }

    @Test
    void anInlineAnchorIsTakenToo() {
        Document html = conversion.html("Text with an [[mine]]anchor.\n\normcompare::apply[orms=django,id=mine]\n");

        assertThat(conversion.records()).extracting(LogRecord::getMessage).singleElement().asString()
                .startsWith("id 'mine' is already the id of another element;");
        assertIdsUnique(html);
    }

    @Test
    void blocksWithoutAnIdGetFreeOnes() {
        Document html = conversion.html("ormcompare::apply[orms=django,id=ormcompare-apply-2]\n\n"
                + "ormcompare::apply[orms=django]\n\normcompare::apply[orms=prisma]\n");

        assertThat(conversion.records()).isEmpty();
        assertThat(html.select(".ormcompare").eachAttr("id"))
                .containsExactly("ormcompare-apply-2", "ormcompare-apply", "ormcompare-apply-3");
        assertIdsUnique(html);
    }

    private static void assertIdsUnique(Document html) {
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(ids).as("ids on the page").doesNotHaveDuplicates();
    }
}
