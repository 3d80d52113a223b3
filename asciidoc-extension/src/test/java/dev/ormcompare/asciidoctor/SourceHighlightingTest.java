package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are real source listings, so the document's source highlighter colours them. */
class SourceHighlightingTest extends RealAsciidoctorTest {

    private static Element code(String highlighter) {
        Document html = conversion.html(":source-highlighter: " + highlighter + "\n\normcompare::generate[orms=django]\n");
        assertThat(conversion.records()).isEmpty();
        return html.selectFirst(".ormcompare [role=tabpanel] pre");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rouge, span.k", "coderay, span.keyword"})
    void serverSideHighlightersColourTheCode(String highlighter, String keywordSelector) {
        Element pre = code(highlighter);

        assertThat(pre.select(keywordSelector)).extracting(Element::text).contains("class");
        assertThat(pre.text()).contains("age = models.IntegerField(null=True)  # ← new");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"highlight.js, highlightjs", "prettify, prettyprint"})
    void clientSideHighlightersGetTheirClassAndTheLanguage(String highlighter, String preClass) {
        Element pre = code(highlighter);

        assertThat(pre.hasClass(preClass)).isTrue();
        assertThat(pre.selectFirst("code").attr("data-lang")).isEqualTo("python");
    }

    @Test
    void codeIsEscapedNotInterpreted() {
        Document html = conversion.html("ormcompare::status[orms=sqlalchemy]\n");

        Element code = html.selectFirst("[role=tabpanel] pre code");
        assertThat(code.select("base")).isEmpty();
        assertThat(code.wholeText()).contains("# Parent: <base>");
    }
}
