package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog note keeps AsciiDoc's emphasis, but an attribute list before quoted text ({@code [#id]},
 * {@code [.role]}, {@code [role]}) stays text: a note never puts an id, a class, a style or an event
 * handler on the page.
 */
class NoteMarkupTest extends RealAsciidoctorTest {

    /** Attribute lists that, applied, would run script on load, cover the page or take an id. */
    static final List<String> ATTRIBUTE_LISTS = List.of(
            "[#z\" tabindex=\"0\" autofocus=\"\" onfocus=\"pwned=1]",
            "[x\" style=\"position:fixed;inset:0;background:red\" onmouseover=\"window.pwned=1]",
            "[.r\" onclick=\"window.pwned=1]",
            "[#ormcompare-apply]");

    /** Every quote of AsciiDoc's quotes substitution, constrained and unconstrained, and the element it gives. */
    record Quote(String open, String close, String tag, String shown) {

        Quote(String open, String close, String tag) {
            this(open, close, tag, "x");
        }
    }

    static final List<Quote> QUOTES = List.of(
            new Quote("*", "*", "strong"), new Quote("**", "**", "strong"),
            new Quote("_", "_", "em"), new Quote("__", "__", "em"),
            new Quote("`", "`", "code"), new Quote("``", "``", "code"),
            new Quote("#", "#", "mark"), new Quote("##", "##", "mark"),
            new Quote("^", "^", "sup"), new Quote("~", "~", "sub"),
            new Quote("\"`", "`\"", "", "\u201cx\u201d"), new Quote("'`", "`'", "", "\u2018x\u2019"));

    record Payload(String attributeList, Quote quote) {

        String note() {
            return "Note " + attributeList + quote.open + "x" + quote.close + " end";
        }

        @Override
        public String toString() {
            return note();
        }
    }

    static List<Payload> payloads() {
        List<Payload> payloads = new ArrayList<>();
        ATTRIBUTE_LISTS.forEach(list -> QUOTES.forEach(quote -> payloads.add(new Payload(list, quote))));
        return payloads;
    }

    private static final AtomicInteger CATALOGS = new AtomicInteger();

    /** A catalog with one ORM whose apply snippet carries {@code note}, in a directory of its own. */
    static String catalogWithNote(String note) {
        String directory = "note-catalog-" + CATALOGS.incrementAndGet();
        conversion.write(directory + "/evil.adoc", "[orm,id=evil,name=\"Evil\",language=console]\n"
                + "[snippet,topic=apply,orm=evil,note=\"" + note.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]\n"
                + "----\n$ evil migrate\n----\n");
        return ":ormcompare-catalog: " + directory + "\n\n";
    }

    @ParameterizedTest(name = "html: {0}")
    @MethodSource("payloads")
    void inHtmlTheAttributeListIsTextAndTheEmphasisStays(Payload payload) {
        Document html = Jsoup.parseBodyFragment(conversion.convert("guide.adoc",
                catalogWithNote(payload.note()) + "ormcompare::apply[orms=\"evil,django\"]\n", "html5", false, Map.of()));

        Element note = html.selectFirst(".ormcompare-note p");
        assertThat(note).isNotNull();
        assertThat(note.select("*").stream().skip(1)).as("elements inside the note, with attributes")
                .allSatisfy(element -> assertThat(element.attributes().asList()).isEmpty());
        assertThat(html.select("[^on], [style], #z")).isEmpty();
        assertThat(html.select("#ormcompare-apply")).hasSize(1);
        assertThat(note.text()).isEqualTo("Note " + payload.attributeList + payload.quote.shown + " end");
        if (!payload.quote.tag.isEmpty()) {
            assertThat(note.select(payload.quote.tag).eachText()).containsExactly("x");
        }
        assertThat(conversion.records()).isEmpty();
    }

    @ParameterizedTest(name = "docbook: {0}")
    @MethodSource("payloads")
    void inDocbookTheAttributeListIsText(Payload payload) {
        Document docbook = Jsoup.parse(conversion.convert("guide.adoc",
                catalogWithNote(payload.note()) + "ormcompare::apply[orms=\"evil,django\"]\n", "docbook5", false,
                Map.of()), "", Parser.xmlParser());

        Element note = docbook.selectFirst("simpara[role=ormcompare-note]");
        assertThat(note).isNotNull();
        assertThat(note.select("[xml:id], [id], [^on], [style]")).isEmpty();
        // DocBook marks strong and marked text with a role; no other role comes from a note
        assertThat(note.children().select("[role]").eachAttr("role")).allMatch(role -> role.equals("strong") || role.equals("marked"));
        assertThat(note.text()).startsWith("Note " + payload.attributeList).endsWith(" end");
        assertThat(conversion.records()).isEmpty();
    }
}
