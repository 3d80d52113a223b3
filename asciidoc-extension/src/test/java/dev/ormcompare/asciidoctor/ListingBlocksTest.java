package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first listing for a backend and highlighter is parsed, later ones are created directly: each
 * must be the listing a docs writer gets by typing the snippet as {@code [source,lang]} by hand.
 */
class ListingBlocksTest extends RealAsciidoctorTest {

    private static final List<String> ORMS = List.of("django", "prisma", "sql", "drizzle");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "html5    | ",
            "html5    | :source-highlighter: rouge",
            "html5    | :source-highlighter: coderay\\n:source-linenums-option:",
            "html5    | :source-highlighter: rouge\\n:source-linenums-option:",
            "html5    | :source-highlighter: highlight.js",
            "html5    | :source-highlighter: rouge\\n:tabsize: 4",
            "html5    | :source-indent: 2",
            "docbook5 | :source-highlighter: rouge",
    })
    void everyListingIsTheOneTypedByHand(String backend, String header) {
        String headerLines = header == null ? "" : header.replace("\\n", "\n") + "\n";
        String page = "= Guide\n" + headerLines + "\normcompare::generate[orms=\"" + String.join(",", ORMS) + "\"]\n\n"
                + "ormcompare::status[orms=\"" + String.join(",", ORMS) + "\"]\n\n" + byHand("generate") + byHand("status");

        // Twice: the first conversion parses a listing, the second creates all of them.
        for (int conversionNumber = 1; conversionNumber <= 2; conversionNumber++) {
            String output = conversion.convert("guide.adoc", page, backend, false, Map.of());
            List<String> listings = listings(output, backend);

            assertThat(listings).hasSize(4 * ORMS.size());
            assertThat(listings.subList(0, 2 * ORMS.size())).as("conversion %d", conversionNumber)
                    .containsExactlyElementsOf(listings.subList(2 * ORMS.size(), 4 * ORMS.size()));
            assertThat(conversion.records()).isEmpty();
        }
    }

    /** The snippets of the topic, each as a titled source listing without callouts, typed by hand. */
    private static String byHand(String topicId) {
        Catalog catalog = BuiltInCatalog.get();
        Topic topic = catalog.findTopic(topicId).orElseThrow();
        StringBuilder adoc = new StringBuilder();
        for (String ormId : ORMS) {
            Orm orm = catalog.findOrm(ormId).orElseThrow();
            Snippet snippet = catalog.snippet(topic, orm).orElseThrow();
            adoc.append('.').append(Html.literalTitle(orm.name())).append('\n');
            SnippetListing.lines(snippet.files().get(0)).forEach(line -> adoc.append(line).append('\n'));
            adoc.append('\n');
        }
        return adoc.toString();
    }

    private static List<String> listings(String output, String backend) {
        if (backend.startsWith("docbook")) {
            return Jsoup.parse(output, "", Parser.xmlParser()).select("formalpara").stream().map(Element::outerHtml).toList();
        }
        return Jsoup.parseBodyFragment(output).select(".listingblock").stream().map(Element::outerHtml).toList();
    }
}
