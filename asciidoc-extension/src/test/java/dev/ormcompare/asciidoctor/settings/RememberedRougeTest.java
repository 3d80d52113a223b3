package dev.ormcompare.asciidoctor.settings;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rouge remembering what it highlighted writes, listing for listing, what Rouge writes. */
class RememberedRougeTest {

    private static final String CODE = "class Post {\n    String title = \"<b>\";\n}\n";

    /** PHP that Rouge reads as HTML first unless told that the listing starts inside PHP. */
    private static final String PHP = "echo 1;\n<?php echo 2; ?>\n";

    /** The same source under each option that changes Rouge's HTML, and the page's stylesheet. */
    private static final List<String> PAGES = List.of(
            "= A\n\n[source,java]\n----\n" + CODE + "----\n\n[source,sql]\n----\n" + CODE + "----\n",
            "= B\n:rouge-css: style\n:rouge-style: monokai\n\n[source,java]\n----\n" + CODE + "----\n",
            "= C\n\n[source,java,linenums]\n----\n" + CODE + "----\n\n[source,java,linenums,start=7]\n----\n" + CODE
                    + "----\n\n[source,java,highlight=2]\n----\n" + CODE + "----\n",
            "= D\n\n[source,php]\n----\n" + PHP + "----\n\n[source%mixed,php]\n----\n" + PHP + "----\n",
            "= E\n:rouge-style: monokai\n\n[source,java]\n----\n" + CODE + "----\n",
            "= F\n\n[source,java]\n----\n" + CODE.replace("}\n", "} // <1>\n") + "----\n<1> The end.\n",
            "= G\n\n[source,java,subs=\"+macros\"]\n----\nString s = pass:[<mark>x</mark>];\n----\n",
            "= H\n:rouge-css: style\n\n[source,java]\n----\n" + CODE + "----\n");

    @Test
    void everyPageIsWhatRougeWritesTheSecondTimeAsTheFirst() {
        List<String> plain = new ArrayList<>();
        try (Asciidoctor rouge = Asciidoctor.Factory.create()) {
            PAGES.forEach(page -> plain.add(convert(rouge, page)));
        }

        try (Asciidoctor remembering = Asciidoctor.Factory.create()) {
            RememberedRouge.install(remembering);
            for (int round = 1; round <= 2; round++) {
                for (int i = 0; i < PAGES.size(); i++) {
                    assertThat(convert(remembering, PAGES.get(i))).as("page %d, round %d", i, round).isEqualTo(plain.get(i));
                }
            }
            assertThat(JRubyRuntimeContext.get(remembering).evalScriptlet("OrmcompareRememberedRouge::KEPT.size").toJava(
                    Integer.class)).as("listings kept").isGreaterThanOrEqualTo(10);
        }
        // Each option the listings differ in changes what Rouge writes, so each must be part of what is remembered.
        assertThat(listings(plain.get(0))).doesNotHaveDuplicates();
        assertThat(listings(plain.get(2))).doesNotHaveDuplicates();
        assertThat(listings(plain.get(3))).doesNotHaveDuplicates();
        assertThat(Jsoup.parse(plain.get(4)).select("style").outerHtml()).isNotEqualTo(
                Jsoup.parse(plain.get(0)).select("style").outerHtml());
        assertThat(listings(plain.get(7))).doesNotContainAnyElementsOf(listings(plain.get(1)));
        assertThat(plain.get(1)).contains("style=\"color:");
        assertThat(plain.get(6)).contains("<mark>x</mark>");
    }

    private static List<String> listings(String html) {
        return Jsoup.parse(html).select(".listingblock").stream().map(Element::outerHtml).toList();
    }

    private static String convert(Asciidoctor asciidoctor, String page) {
        return asciidoctor.convert(page, Options.builder().safe(SafeMode.SAFE).standalone(true)
                .attributes(Attributes.builder().sourceHighlighter("rouge").attribute("nofooter", "").build()).build());
    }
}
