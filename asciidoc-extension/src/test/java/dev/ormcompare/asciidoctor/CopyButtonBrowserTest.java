package dev.ormcompare.asciidoctor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each snippet has a button that copies exactly its code. */
@Tag("browser")
class CopyButtonBrowserTest extends RealBrowserTest {

    private static String url;

    @BeforeAll
    static void renderPage() {
        url = page("copy", "", """
                ormcompare::apply[orms="django,sqlalchemy,prisma"]

                ormcompare::rollback[orms="prisma"]
                """);
    }

    @BeforeEach
    void openPageWithClipboardAccess() {
        browser.open(url);
        browser.cdp("Browser.grantPermissions", Map.of("origin", site.url("").replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @Test
    void everyListingInAPanelHasACopyButton() {
        assertThat(browser.js("return [...document.querySelectorAll('[role=tabpanel] .listingblock')]"
                + ".map(l => l.querySelectorAll('button.ormcompare-copy').length)")).isEqualTo(List.of(1L, 1L, 1L, 1L));
        assertThat(browser.find("#ormcompare-apply-django button.ormcompare-copy").isDisplayed()).isTrue();
        assertThat(browser.find("#ormcompare-apply-django button.ormcompare-copy").getText()).isEqualTo("Copy");
    }

    @Test
    void theCopyButtonPutsExactlyTheSnippetsCodeOnTheClipboardAndSaysCopied() throws IOException {
        browser.click("#ormcompare-apply-prisma-tab");

        browser.click("#ormcompare-apply-prisma button.ormcompare-copy");

        browser.waitUntil("the button to say Copied",
                () -> "Copied".equals(browser.find("#ormcompare-apply-prisma button.ormcompare-copy").getText()));
        assertThat(clipboard()).isEqualTo(seedCode("apply", "Prisma"));
    }

    @Test
    void eachCopyButtonCopiesTheCodeOfItsOwnSnippet() throws IOException {
        browser.click("#ormcompare-rollback-prisma button.ormcompare-copy");
        browser.waitUntil("the rollback button to say Copied",
                () -> "Copied".equals(browser.find("#ormcompare-rollback-prisma button.ormcompare-copy").getText()));
        assertThat(clipboard()).isEqualTo(seedCode("rollback", "Prisma"));

        browser.click("#ormcompare-apply-django button.ormcompare-copy");
        browser.waitUntil("the apply button to say Copied",
                () -> "Copied".equals(browser.find("#ormcompare-apply-django button.ormcompare-copy").getText()));
        assertThat(clipboard()).isEqualTo(seedCode("apply", "Django ORM"));
    }

    /** As on a site served over plain HTTP, where browsers offer pages no Clipboard API. */
    @Test
    void withoutAClipboardApiThereAreNoCopyButtons() {
        browser.beforePageScripts("delete Navigator.prototype.clipboard;");

        browser.open(url);

        assertThat(browser.js("return 'clipboard' in navigator")).isEqualTo(false);
        assertThat(browser.js("return document.querySelectorAll('.ormcompare-copy').length")).isEqualTo(0L);
        browser.click("#ormcompare-apply-prisma-tab");
        assertThat(visiblePanels("ormcompare-apply")).containsExactly("prisma");
    }

    private static String clipboard() {
        return (String) browser.asyncJs("var done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, e => done('could not read the clipboard: ' + e))");
    }

    /** The code of the ORM Party page, read from the seed file the way {@link SeedSnippetsTest} reads it. */
    private static String seedCode(String topic, String ormName) throws IOException {
        return SeedSnippetsTest.seedSnippets().map(Arguments::get)
                .filter(arguments -> arguments[0].equals(topic) && arguments[1].equals(ormName))
                .map(arguments -> (String) arguments[2])
                .findFirst().orElseThrow();
    }
}
