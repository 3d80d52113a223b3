package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Matrix;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix shows a catalog's topic titles, ORM names and notes as written, in every backend: no
 * character of them is taken as AsciiDoc table syntax, passthrough or markup.
 */
class MatrixTextTest extends RealAsciidoctorTest {

    static List<String> texts() {
        List<String> texts = new ArrayList<>(HostileInputTest.hostile());
        texts.addAll(List.of("Ends in a backslash \\", "pass:[<b>]", "a | b", "a \\| b", "2+| spanned", "C++ and +x+",
                "+", "\\", "a+++b", "x\\+"));
        return texts;
    }

    private static final AtomicInteger CATALOGS = new AtomicInteger();

    private static String catalogWith(String text) {
        String quoted = text.replace("\\", "\\\\").replace("\"", "\\\"");
        String directory = "matrix-catalog-" + CATALOGS.incrementAndGet();
        conversion.write(directory + "/evil.adoc", "[orm,id=evil,name=\"Evil " + quoted + "\",language=console]\n"
                + "[topic,id=evil,title=\"" + quoted + "\"]\n"
                + "[snippet,topic=evil,orm=evil,note=\"Note " + quoted + "\"]\n"
                + "----\n$ evil\n----\n");
        return ":ormcompare-catalog: " + directory + "\n\n";
    }

    /** The text as a reader sees it: runs of white space are one space. */
    private static String expected(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "docbook: {0}")
    @MethodSource("texts")
    void docbookShowsTheTextAsWritten(String text) {
        String xml = conversion.convert("guide.adoc", catalogWith(text) + "ormmatrix::[orms=evil,topics=\"evil,apply\"]\n",
                "docbook5", false, Map.of());
        Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());

        Element table = docbook.selectFirst("informaltable, table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead entry").eachText()).containsExactly("Topic", expected("Evil " + text));
        assertThat(table.select("tbody row")).as("a row per group, then its topics").hasSize(4);
        assertThat(table.select("tbody entry").eachText()).containsExactly("Other topics", expected(text),
                expected(Matrix.shortNote("Note " + text)), "Migrations", "Apply Migration", MatrixMarkup.NONE);
        Set<String> tableTags = Set.of("informaltable", "table", "title", "tgroup", "colspec", "thead", "tbody", "row",
                "entry", "simpara");
        assertThat(table.select("*")).as("elements of the table").allMatch(e -> tableTags.contains(e.tagName()));
        assertThat(conversion.records()).isEmpty();
    }

    @ParameterizedTest(name = "docbook title: {0}")
    @MethodSource("texts")
    void docbookShowsTheTitleAsWritten(String text) {
        String xml = conversion.convert("guide.adoc", "ormmatrix::[orms=sql,topics=apply,title=\""
                + text.replace("\"", "\\\"") + "\"]\n", "docbook5", false, Map.of());
        Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());

        Element title = docbook.selectFirst("table > title");
        assertThat(title).isNotNull();
        assertThat(title.children()).as("elements in the title").isEmpty();
        // Asciidoctor itself expands the writer's {attribute} references in a macro's attribute list,
        // and takes a backslash before the closing quote as escaping it.
        if (!text.startsWith("{") && !text.endsWith("\\")) {
            assertThat(title.text()).isEqualTo(expected(text));
        }
        assertThat(conversion.records()).isEmpty();
    }

    @ParameterizedTest(name = "html: {0}")
    @MethodSource("texts")
    void htmlShowsTheTextAsWritten(String text) {
        Document html = Jsoup.parseBodyFragment(conversion.convert("guide.adoc",
                catalogWith(text) + "ormmatrix::[orms=evil,topics=\"evil,apply\"]\n", "html5", false, Map.of()));

        Element table = html.selectFirst(".ormcompare-matrix table");
        assertThat(table.select("thead th").eachText()).containsExactly("Topic", expected("Evil " + text));
        assertThat(table.select("tbody th[scope=colgroup]").eachText()).containsExactly("Other topics", "Migrations");
        assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly(expected(text), "Apply Migration");
        assertThat(table.select("tbody td").eachText())
                .containsExactly(expected(Matrix.shortNote("Note " + text)), MatrixMarkup.NONE);
        assertThat(conversion.records()).isEmpty();
    }
}
