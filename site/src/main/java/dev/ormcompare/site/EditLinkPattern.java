package dev.ormcompare.site;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern of a page's "Edit this page" link, from the repository's address as a pom's {@code <scm><url>}
 * gives it: GitHub's and Gitea's {@code /edit/<branch>/}, GitLab's {@code /-/edit/<branch>/}, Bitbucket's
 * {@code /src/<branch>/...?mode=edit}. Also read: {@code scm:git:} connections, {@code git@host:owner/repo.git},
 * a trailing {@code .git} or {@code /}. Other hosts have no form known here: set the pattern instead.
 */
public final class EditLinkPattern {

    /** Where a pattern has the page's path from the repository's root. */
    public static final String PATH = "{path}";

    private static final Pattern SSH = Pattern.compile("^(?:ssh://)?git@([^:/]+)[:/](.+)$");
    private static final Pattern WEB = Pattern.compile("^(https?://[^/]+)/(.+)$");

    private EditLinkPattern() {
    }

    /** The pattern for {@code scmUrl} on {@code branch}; empty when the host's form is not known. */
    public static Optional<String> of(String scmUrl, String branch) {
        if (scmUrl == null || scmUrl.isBlank() || branch == null || branch.isBlank()) {
            return Optional.empty();
        }
        String url = scmUrl.strip().replaceFirst("^scm:[a-z]+:", "");
        Matcher ssh = SSH.matcher(url);
        if (ssh.matches()) {
            url = "https://" + ssh.group(1) + "/" + ssh.group(2);
        }
        Matcher web = WEB.matcher(url);
        if (!web.matches()) {
            return Optional.empty();
        }
        String host = web.group(1).toLowerCase(Locale.ROOT);
        String repository = web.group(2).replaceFirst("/+$", "").replaceFirst("\\.git$", "");
        // A link to a folder or file of the repository names the repository first: github.com/o/r/tree/main/docs.
        repository = repository.replaceFirst("/(?:-/)?(?:tree|blob|src)/.*$", "");
        String base = web.group(1) + "/" + repository;
        String b = branch.strip();
        if (host.contains("gitlab")) {
            return Optional.of(base + "/-/edit/" + b + "/" + PATH);
        }
        if (host.contains("bitbucket")) {
            return Optional.of(base + "/src/" + b + "/" + PATH + "?mode=edit");
        }
        if (host.contains("github") || host.contains("gitea") || host.contains("codeberg")) {
            return Optional.of(base + "/edit/" + b + "/" + PATH);
        }
        return Optional.empty();
    }
}
