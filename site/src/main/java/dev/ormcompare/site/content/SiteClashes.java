package dev.ormcompare.site.content;

import dev.ormcompare.site.Problem;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources that would be written to one file of the site: two pages whose names differ only in
 * their extension ({@code dup.adoc} and {@code dup.asciidoc} both make {@code dup.html}), or a page
 * and a file named like its HTML ({@code guide.html} beside {@code guide.adoc}). One file cannot hold
 * both, so each is an error naming both; the first page in path order is rendered, the other source
 * left out, so the navigation never lists a page that is not there.
 */
public final class SiteClashes {

    private SiteClashes() {
    }

    /** {@code tree} with one source per file of the site; an error for each source left out. */
    public static DocsTree resolve(DocsTree tree, List<Problem> problems) {
        Map<String, Path> written = new HashMap<>();
        List<Path> pages = new ArrayList<>();
        for (Path page : tree.pages()) {
            if (claim(tree, written, DocsTree.slashed(DocsTree.htmlPathOf(page)), page, problems)) {
                pages.add(page);
            }
        }
        List<Path> resources = new ArrayList<>();
        for (Path resource : tree.resources()) {
            if (claim(tree, written, DocsTree.slashed(resource), resource, problems)) {
                resources.add(resource);
            }
        }
        return pages.size() == tree.pages().size() && resources.size() == tree.resources().size() ? tree
                : new DocsTree(tree.root(), List.copyOf(pages), List.copyOf(resources));
    }

    private static boolean claim(DocsTree tree, Map<String, Path> written, String sitePath, Path source,
                                 List<Problem> problems) {
        Path first = written.putIfAbsent(sitePath, source);
        if (first == null) {
            return true;
        }
        problems.add(new Problem(Severity.ERROR, tree.root().resolve(source), 0, "left out of the site: "
                + DocsTree.slashed(first) + " is written to " + sitePath + " too, and one file cannot hold both; "
                + "rename one of them"));
        return false;
    }
}
