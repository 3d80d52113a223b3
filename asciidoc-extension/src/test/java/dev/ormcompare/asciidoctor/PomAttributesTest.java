package dev.ormcompare.asciidoctor;

import dev.ormcompare.asciidoctor.settings.PomAttributes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pom's {@code <attributes>} as every build of ours reads them, checked by what a real Asciidoctor
 * makes of them: whether a page sees the attribute, with which value, and whether it may change it.
 */
class PomAttributesTest extends RealAsciidoctorTest {

    /** What the page shows of attribute {@code a}, after its own entries {@code pageEntries}. */
    private static String shown(Map<String, String> pom, String pageEntries) {
        String page = "= Page\n" + pageEntries + "\n\nifdef::a[a is '{a}']\nifndef::a[a is unset]\n";
        String html = conversion.convert("attributes.adoc", page, "html5", false, PomAttributes.over(Map.of(), pom));
        assertThat(conversion.records()).isEmpty();
        return Jsoup.parseBodyFragment(html).select("p").text();
    }

    private static Map<String, String> a(String value) {
        Map<String, String> pom = new HashMap<>();
        pom.put("a", value);
        return pom;
    }

    @Test
    void trueAndAnEmptyElementSetTheAttributeAndThePageCannotUnsetIt() {
        for (String value : new String[] {"true", " TRUE ", "", null}) {
            assertThat(shown(a(value), "")).as(value).isEqualTo("a is ''");
            assertThat(shown(a(value), ":a!:")).as(value).isEqualTo("a is ''");
        }
    }

    @Test
    void falseUnsetsTheAttributeAndThePageCannotSetIt() {
        assertThat(shown(a("false"), "")).isEqualTo("a is unset");
        assertThat(shown(a(" False "), ":a: from the page")).isEqualTo("a is unset");
    }

    @Test
    void aValueIsTheAttributesAndThePageCannotChangeIt() {
        assertThat(shown(a("Data team"), ":a: from the page")).isEqualTo("a is 'Data team'");
    }

    @Test
    void aValueEndingInAtIsOneThePageMayChange() {
        assertThat(shown(a("Data team@"), "")).isEqualTo("a is 'Data team'");
        assertThat(shown(a("Data team@"), ":a: from the page")).isEqualTo("a is 'from the page'");
    }

    @Test
    void atAloneSetsSoftlyAndFalseAtUnsetsSoftly() {
        assertThat(shown(a("@"), "")).isEqualTo("a is ''");
        assertThat(shown(a("true@"), ":a!:")).isEqualTo("a is unset");
        assertThat(shown(a("false@"), "")).isEqualTo("a is unset");
        assertThat(shown(a("false@"), ":a: from the page")).isEqualTo("a is 'from the page'");
    }

    @Test
    void theSharedSettingsPageShowsEachConvention() {
        String html = conversion.convert("settings.adoc", SameSettingsPage.PAGE, "html5", false,
                PomAttributes.over(Map.of(), SameSettingsPage.attributes()));

        assertThat(SameSettingsPage.shown(Jsoup.parseBodyFragment(html))).isEqualTo(SameSettingsPage.SHOWN);
    }

    @Test
    void thePomReplacesADefaultOfTheSameNameWhetherItSetsOrUnsets() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("source-highlighter", "rouge@");
        defaults.put("sectnums!", "");
        defaults.put("reproducible", "");
        Map<String, String> pom = new LinkedHashMap<>();
        pom.put("source-highlighter", "false");
        pom.put("sectnums", null);

        assertThat(PomAttributes.over(defaults, pom))
                .containsExactly(Map.entry("reproducible", ""), Map.entry("source-highlighter!", ""), Map.entry("sectnums", ""));
    }
}
