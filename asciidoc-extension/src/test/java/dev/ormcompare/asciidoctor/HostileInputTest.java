package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that holds HTML, script, URLs, attribute references, passthroughs or directives shows up as
 * text, wherever it comes from: a catalog's code, note, ORM name or alias, or a macro's attributes.
 */
class HostileInputTest extends RealAsciidoctorTest {

    static List<String> hostile() {
        return List.of(
                "</script><script>window.pwned=1</script>",
                "<img src=x onerror=\"window.pwned=1\">",
                "\"><svg onload=window.pwned=1>",
                "' onmouseover='window.pwned=1",
                "javascript:window.pwned=1",
                "link:javascript:window.pwned=1[click]",
                "https://example.com[x,window=_blank]",
                "{docdir}",
                "{ormcompare-orms}",
                "pass:[<b>raw</b>]",
                "+++<b>raw</b>+++",
                "++++",
                "include::/etc/passwd[]",
                "ifdef::backend-html5[]",
                "<<ormcompare-apply>>",
                "&lt;escaped&gt; &amp;",
                "image::x.png[onerror=alert(1)]",
                "footnote:[note]",
                "kbd:[Ctrl+C] btn:[OK]",
                "`code` *bold* _em_ #mark#",
                "line one\\nline two",
                "<style>body{display:none}</style>",
                "[#z\" tabindex=\"0\" autofocus=\"\" onfocus=\"pwned=1]_x_",
                "[x\" style=\"position:fixed;inset:0\"]#t#",
                "[.r\" onclick=\"window.pwned=1]**b**");
    }

    private static void assertNothingInjected(Document html) {
        assertThat(html.select("script")).as("scripts").allMatch(s -> s.data().contains("ormcompare-js"));
        assertThat(html.select("style")).as("styles")
                .allMatch(s -> s.data().contains(".ormcompare") || s.data().contains("Asciidoctor default stylesheet"));
        assertThat(html.select("img, svg, b, iframe, kbd")).as("injected elements").isEmpty();
        assertThat(html.select("[^on]")).as("event handlers").isEmpty();
        assertThat(html.select("[style], [autofocus], #z")).as("styles, autofocus and ids from the input").isEmpty();
        assertThat(html.select("a[href^=javascript]")).isEmpty();
    }

    private static String catalogWith(String hostile) {
        String quoted = hostile.replace("\\", "\\\\").replace("\"", "\\\"");
        return "[orm,id=evil,name=\"Evil " + quoted + "\",language=console,aliases=\"evil-orm\"]\n"
                + "[snippet,topic=apply,orm=evil,note=\"Note " + quoted + "\"]\n"
                + "------\n" + hostile.replace("\\n", "\n") + "\n------\n";
    }

    @ParameterizedTest(name = "catalog: {0}")
    @MethodSource("hostile")
    void fromACatalogItIsShownAsText(String hostile) {
        conversion.write("catalog/evil.adoc", catalogWith(hostile));

        String out = conversion.convert("guide.adoc", ":ormcompare-catalog: catalog\n\n"
                + "ormcompare::apply[orms=\"evil,django\"]\n\normmatrix::[orms=evil,topics=apply]\n\n"
                + "ormpicker::[orms=evil]\n", "html5", true, Map.of());
        Document html = Jsoup.parse(out);

        assertNothingInjected(html);
        Element panel = html.getElementById("ormcompare-apply-evil");
        assertThat(panel.selectFirst("pre").wholeText()).isEqualTo(hostile.replace("\\n", "\n"));
        assertThat(panel.selectFirst(".listingblock > .title").text()).isEqualTo("Evil " + hostile);
        assertThat(html.selectFirst("#ormcompare-apply-evil-tab").text()).isEqualTo("Evil " + hostile);
        assertThat(html.selectFirst(".ormcompare-picker [data-orm=evil]").text()).isEqualTo("Evil " + hostile);
        assertThat(html.select(".ormcompare-matrix thead th").get(1).text()).isEqualTo("Evil " + hostile);
        assertThat(conversion.records()).isEmpty();
    }

    @ParameterizedTest(name = "macro: {0}")
    @MethodSource("hostile")
    void inMacroAttributesItIsShownAsTextOrRefused(String hostile) {
        String quoted = hostile.replace("\"", "\\\"");
        String out = conversion.convert("guide.adoc",
                "ormcompare::apply[orms=\"django\",title=\"" + quoted + "\"]\n\n"
                        + "ormcompare::apply[orms=\"" + quoted + "\"]\n\n"
                        + "ormcompare::apply[orms=django,selected=\"" + quoted + "\"]\n\n"
                        + "ormcompare::apply[orms=django,id=\"" + quoted + "\"]\n\n"
                        + "ormcompare::" + "apply[topic=\"" + quoted + "\"]\n", "html5", true, Map.of());
        Document html = Jsoup.parse(out);

        assertNothingInjected(html);
        // Asciidoctor itself expands the writer's {attribute} references in a macro's attribute list.
        String expected = hostile.startsWith("{") ? html.selectFirst(".ormcompare > .title").text() : hostile;
        assertThat(html.selectFirst(".ormcompare [role=tablist]").attr("aria-label")).isEqualTo(expected);
        assertThat(html.selectFirst(".ormcompare > .title").text()).isEqualTo(expected);
        // every other macro is refused with a located error that quotes the input as text
        assertThat(html.select(".ormcompare-error")).hasSize(4);
        assertThat(conversion.records()).hasSize(4).allMatch(r -> r.getCursor() != null && r.getCursor().getLineNumber() > 0);
    }

    static Stream<String> hostileIds() {
        return Stream.of("a\"b", "x onmouseover=1", "<b>", "a b", "#top", "1abc");
    }

    @ParameterizedTest(name = "id: {0}")
    @MethodSource("hostileIds")
    void idsThatAreNotSafeInHtmlAreRefused(String id) {
        conversion.convert("guide.adoc", "ormcompare::apply[orms=django,id=\"" + id.replace("\"", "\\\"") + "\"]\n",
                "html5", false, Map.of());

        assertThat(conversion.records()).singleElement().satisfies(r ->
                assertThat(r.getMessage()).startsWith("id '").contains("is not a valid id"));
    }
}
