package dev.ormcompare.site;

import java.io.IOException;

/**
 * A docs tree whose names and titles would run script wherever the site took them for HTML or for a
 * URL: a page named like a {@code javascript:} URL, titles with half-open markup that a tag-stripping
 * pattern lets through, and text that needs escaping. Each payload sets {@code window.pwned}.
 */
final class HostileSite {

    /** The page named like a script, as it is in the site (no title: its file name is its label). */
    static final String SCRIPT_PAGE = "javascript:window.pwned=8;alert(8).html";
    /** Its link from a page at the site's root. */
    static final String SCRIPT_PAGE_HREF = "./javascript%3Awindow.pwned=8;alert(8).html";
    /** Inert on its own page (all attributes of an element x), live once a pattern strips {@code <x y=">}. */
    static final String MARKUP = "pass:[<x y=\">\" <img src=x onerror=window.pwned=9//]";
    static final String LOOK_NAME = "Hostile docs";

    private HostileSite() {
    }

    static DocsProject writeInto(DocsProject project) throws IOException {
        project.write("src/docs/asciidoc/index.adoc", "= Home\n\nWelcome.\n");
        project.write("src/docs/asciidoc/javascript:window.pwned=8;alert(8).adoc", "A page named like a script.\n");
        project.write("src/docs/asciidoc/guide/mischief.adoc", "= Mischief " + MARKUP + "\n\n[#trouble]\n== Trouble "
                + MARKUP.replace("=9", "=10") + "\n\nMore words.\n");
        project.write("src/docs/asciidoc/guide/cartoon.adoc", "= Tom & Jerry <3\n\nA chase.\n");
        project.look = new SiteLook(SiteLook.ORMCOMPARE, LOOK_NAME, "", "", "footer", "");
        return project;
    }
}
