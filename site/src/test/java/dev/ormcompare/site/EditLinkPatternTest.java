package dev.ormcompare.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit links from the forms a pom's {@code <scm><url>} takes on each host. */
class EditLinkPatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://github.com/acme/docs | https://github.com/acme/docs/edit/main/{path}",
            "https://github.com/acme/docs.git | https://github.com/acme/docs/edit/main/{path}",
            "https://github.com/acme/docs/ | https://github.com/acme/docs/edit/main/{path}",
            "https://github.com/acme/docs/tree/main/docs | https://github.com/acme/docs/edit/main/{path}",
            "scm:git:https://github.com/acme/docs.git | https://github.com/acme/docs/edit/main/{path}",
            "scm:git:git@github.com:acme/docs.git | https://github.com/acme/docs/edit/main/{path}",
            "https://gitlab.com/acme/group/docs | https://gitlab.com/acme/group/docs/-/edit/main/{path}",
            "https://gitlab.example.org/acme/docs/-/tree/main | https://gitlab.example.org/acme/docs/-/edit/main/{path}",
            "https://bitbucket.org/acme/docs | https://bitbucket.org/acme/docs/src/main/{path}?mode=edit",
    })
    void theHostsFormOnTheBranch(String scmUrl, String pattern) {
        assertThat(EditLinkPattern.of(scmUrl, "main")).contains(pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"https://svn.example.org/repos/docs", "file:///srv/git/docs", "''"})
    void noLinksForHostsWithoutAKnownForm(String scmUrl) {
        assertThat(EditLinkPattern.of(scmUrl, "main")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | guide/a b.adoc | https://github.com/acme/docs/edit/main/guide/a%20b.adoc",
            "docs/src/docs/asciidoc | index.adoc | https://github.com/acme/docs/edit/main/docs/src/docs/asciidoc/index.adoc",
    })
    void thePagesPathGoesFromTheRepositorysRootEncoded(String docsPath, String page, String link) {
        SitePublishing publishing = new SitePublishing("", "https://github.com/acme/docs/edit/main/{path}", docsPath);

        assertThat(publishing.editUrlOf(page)).isEqualTo(link);
    }
}
