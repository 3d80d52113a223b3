package dev.ormcompare.site.convert;

import dev.ormcompare.site.ClassAsciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the converter reads of a body Asciidoctor wrote, once, for composing the site's page without parsing it. */
class PageBodyTest {

    @RegisterExtension
    static final ClassAsciidoctor asciidoctor = new ClassAsciidoctor();

    private static String body(String text) {
        return asciidoctor.get().convert(text, Options.builder().safe(SafeMode.UNSAFE)
                .attributes(Attributes.builder().attribute("toc", "@").attribute("showtitle", "@").build()).build());
    }

    /** The text of the link to {@code href} in the read body, found at the positions the reading recorded. */
    private static String textAt(PageBody read, String href) {
        PageBody.Link link = read.links().stream().filter(candidate -> candidate.href().equals(href)).findFirst().orElseThrow();
        assertThat(link.showsItsTarget()).as(href + " shows its target").isTrue();
        return read.html().substring(link.textStart(), link.textEnd());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":toc: macro", ":toc: preamble", ":toc!:"})
    void aTextlessXrefIsFoundWhereverTheNavigationOfSectionsWentIn(String toc) {
        String text = "= Guide\n" + toc + "\n\nIntro, see xref:goals.adoc[].\n\n== One\n\nThen xref:setup.adoc#install[].\n\n"
                + (toc.equals(":toc: macro") ? "toc::[]\n\n" : "") + "== Two\n\nLast xref:goals.adoc#render[].\n";

        PageBody read = PageBody.read(body(text));

        assertThat(textAt(read, "goals.html")).isEqualTo("goals.html");
        assertThat(textAt(read, "setup.html#install")).isEqualTo("setup.html");
        assertThat(textAt(read, "goals.html#render")).isEqualTo("goals.html");
        assertThat(Jsoup.parseBodyFragment(read.html()).select("nav.oc-toc").size()).isEqualTo(toc.equals(":toc!:") ? 0 : 1);
        assertThat(read.linksToPlacesInPages()).containsExactly("setup.html#install", "goals.html#render");
    }

    @Test
    void aLinkWithTextOfItsOwnOrMarkupIsNotOneToFillIn() {
        PageBody read = PageBody.read(body("See xref:goals.adoc[the goals], xref:goals.adoc[*goals.html*] and <<_one>>.\n\n== One\n"));

        assertThat(read.links()).extracting(PageBody.Link::href).containsExactly("#_one", "goals.html", "goals.html", "#_one");
        assertThat(read.links()).noneMatch(link -> link.href().equals("goals.html") && link.showsItsTarget());
        assertThat(read.ids()).contains("_one");
    }

    @Test
    void aTermWithoutADescriptionGetsAnEmptyOneAndAnEmptyHeaderCellBecomesAPlainCell() {
        // As the Hibernate ORM user guide writes them: a term before a listing, a table whose first column is headers.
        String text = "= Guide\n\n== Setup\n\nGradle::\n\n----\nplugins {}\n----\n\n[cols=\"h,^1\"]\n|===\n| h|Version\n"
                + "|Java |17\n|===\n\nSee xref:goals.adoc[].\n";

        PageBody read = PageBody.read(body(text));

        Document html = Jsoup.parseBodyFragment(read.html());
        assertThat(html.select("dl > *")).extracting(Element::normalName, Element::text)
                .containsExactly(tuple("dt", "Gradle"), tuple("dd", ""));
        assertThat(html.select("tbody tr").get(0).children().eachAttr("class"))
                .containsExactly("tableblock halign-left valign-top", "tableblock halign-center valign-top");
        assertThat(html.select("tbody tr").get(0).children()).extracting(Element::normalName)
                .containsExactly("td", "th");
        assertThat(html.select("tbody tr").get(1).child(0).normalName()).isEqualTo("th");
        assertThat(textAt(read, "goals.html")).isEqualTo("goals.html");
    }

    @Test
    void theTextForLanguageModelsLeavesTheNavigationOut() {
        PageBody read = PageBody.read(body("= Guide\n\n== One\n\nFirst.\n\n== Two\n\nSecond.\n"));

        assertThat(read.text()).isEqualTo("# Guide\n\n## One\n\nFirst.\n\n## Two\n\nSecond.");
    }

    @Test
    void aConvertedPageReadsBackWithItsTextAndLinks() {
        ConvertedPage page = new ConvertedPage("T", 3, "", "<p>b</p>", "", "", "", "", ConvertedPage.EMPTY.outline(),
                "# T\n\nb\ttabbed\n", List.of(new PageBody.Link("a\tb.html#x%y\nz", 4, 9), new PageBody.Link("#top", -1, -1)));

        ConvertedPage back = ConvertedPage.fromBytes(page.toBytes());

        assertThat(back).isEqualTo(page);
        assertThat(new String(page.toBytes(), StandardCharsets.UTF_8)).startsWith("ormcompare converted page 5 3 ");
    }
}
