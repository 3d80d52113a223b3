package dev.ormcompare.asciidoctor;

import org.asciidoctor.log.LogRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A macro with a value of 100,000 characters gets an error of a line or two, in the log and on the page. */
class LongValuesInErrorsTest extends RealAsciidoctorTest {

    private static final String HUGE = "x".repeat(100_000);

    /** The macro after {@code ormcompare::}, {@code %s} standing for the huge value. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"apply[orms=\"%s\"]", "apply[orms=django,selected=\"%s\"]", "apply[orms=django,id=\"%s!\"]",
            "[topic=\"%s\",orms=django]"})
    void theErrorQuotesALinesWorth(String macro) {
        Document html = conversion.html("Text.\n\normcompare::" + macro.formatted(HUGE) + "\n");

        assertThat(conversion.records()).singleElement().satisfies(record -> {
            assertThat(record.getCursor().getLineNumber()).isEqualTo(3);
            assertThat(record.getMessage()).contains("'" + "x".repeat(50)).containsPattern("\\(100,00[01] characters\\)")
                    .hasSizeLessThan(500);
        });
        assertThat(html.select(".ormcompare-error").text()).hasSizeLessThan(520);
        assertThat(conversion.records()).extracting(LogRecord::getMessage).allMatch(m -> !m.contains("x".repeat(100)));
    }
}
