package dev.ormcompare.asciidoctor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Backends that cannot show tabs get each ORM's snippet as a listing titled with the ORM's name. */
class OtherBackendsTest extends RealAsciidoctorTest {

    @Test
    void docbookGetsTitledProgramListingsAndNotes() {
        String xml = conversion.convert("guide.adoc", "ormcompare::rollback[orms=\"django,prisma\"]\n", "docbook5",
                false, Map.of());
        Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());

        assertThat(docbook.select("formalpara > title").eachText()).containsExactly("Django ORM", "Prisma");
        assertThat(docbook.select("formalpara programlisting").eachAttr("language")).containsExactly("console", "console");
        assertThat(docbook.select("formalpara programlisting").get(1).wholeText())
                .startsWith("# Prisma has no built-in rollback command.");
        assertThat(docbook.select("simpara[role=ormcompare-note]").eachText()).containsExactly("No built-in rollback.");
        assertThat(xml).doesNotContain("tablist", "<div", "<button");
        assertThat(conversion.records()).isEmpty();
    }

    @Test
    void docbookKeepsTheBlockTitleAndId() {
        String xml = conversion.convert("guide.adoc", ".Applying\n[#apply]\normcompare::apply[orms=sql]\n", "docbook5",
                false, Map.of());
        Document docbook = Jsoup.parse(xml, "", Parser.xmlParser());

        assertThat(docbook.selectFirst("[xml:id=apply]")).isNotNull();
        assertThat(docbook.selectFirst("[xml:id=apply] > title").text()).isEqualTo("Applying");
    }

    @Test
    void docbookErrorsAreLoggedAndShown() {
        String xml = conversion.convert("guide.adoc", "ormcompare::apply[orms=djano]\n", "docbook5", false, Map.of());

        assertThat(conversion.records()).hasSize(1);
        assertThat(xml).contains("ormcompare: unknown ORM 'djano'; did you mean 'django'?").doesNotContain("<script");
    }
}
