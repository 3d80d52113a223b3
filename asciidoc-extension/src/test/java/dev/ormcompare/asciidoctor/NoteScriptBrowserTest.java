package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose catalog notes carry attribute lists meant to add event handlers, autofocus, styles
 * and ids loads without running any of them, and its tabs still take clicks.
 */
@Tag("browser")
class NoteScriptBrowserTest extends RealBrowserTest {

    private static final List<NoteMarkupTest.Payload> PAYLOADS = NoteMarkupTest.payloads();
    private static String url;

    @BeforeAll
    static void renderPage() {
        StringBuilder catalog = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String note = PAYLOADS.get(i).note().replace("\\", "\\\\").replace("\"", "\\\"");
            catalog.append("[orm,id=evil").append(i).append(",name=\"Evil ").append(i).append("\",language=console]\n")
                    .append("[snippet,topic=apply,orm=evil").append(i).append(",note=\"").append(note).append("\"]\n")
                    .append("----\n$ evil migrate\n----\n\n");
            // each note in the panel shown first, where autofocus would take effect
            body.append("ormcompare::apply[orms=\"evil").append(i).append(",django\"]\n\n");
        }
        conversion.write("note-script-catalog/evil.adoc", catalog.toString());
        url = page("notes", ":ormcompare-catalog: note-script-catalog", body.toString());
    }

    @Test
    void noNoteRunsScriptOrCarriesAttributes() {
        browser.open(url);
        // autofocus takes effect in a rendering update after load: wait for two frames after it
        browser.asyncJs("""
                var done = arguments[arguments.length - 1];
                function settled() {
                  requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });
                }
                document.readyState == 'complete' ? settled() : addEventListener('load', settled);
                """);

        assertThat(browser.js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.js("return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                + ".filter(a => a.name.startsWith('on')).map(a => a.name)")).isEqualTo(List.of());
        assertThat(browser.js("return [...document.querySelectorAll('.ormcompare-note *')]"
                + ".filter(e => e.tagName != 'P' && e.attributes.length > 0).map(e => e.outerHTML)")).isEqualTo(List.of());
        assertThat(browser.js("return document.querySelectorAll('#z, .ormcompare-note [style]').length")).isEqualTo(0L);
        assertThat(browser.js("return document.querySelectorAll('.ormcompare-note').length"))
                .isEqualTo((long) PAYLOADS.size());

        browser.click("#ormcompare-apply-django-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("django");
        browser.click("#ormcompare-apply-" + PAYLOADS.size() + "-evil" + (PAYLOADS.size() - 1) + "-tab");
        assertThat(visiblePanels("ormcompare-apply-" + PAYLOADS.size())).containsExactly("evil" + (PAYLOADS.size() - 1));
    }
}
