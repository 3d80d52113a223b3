package dev.ormcompare.site.compose;

import dev.ormcompare.site.SiteLook;
import dev.ormcompare.site.SitePublishing;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.internal.HtmlText;
import dev.ormcompare.site.internal.SiteHref;
import dev.ormcompare.site.nav.Navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site for language models, in the llms.txt format (llmstxt.org): {@code llms.txt} names the site, sums it
 * up and lists every page by navigation section, each with its description; {@code llms-full.txt} holds every
 * page's text ({@link ConvertedPage#text()}), in reading order. Addresses are the site's own when it is known, else paths
 * from the site's root, where both files are.
 */
final class LlmsText {

    static final String INDEX = "llms.txt";
    static final String FULL = "llms-full.txt";

    private final SiteLook look;
    private final Navigation navigation;
    private final Map<String, ConvertedPage> pages;

    /** @param pages every page's conversion by its path in the source directory, in the tree's order */
    LlmsText(SiteLook look, Navigation navigation, Map<String, ConvertedPage> pages) {
        this.look = look;
        this.navigation = navigation;
        this.pages = pages;
    }

    String index() {
        StringBuilder text = new StringBuilder("# ").append(oneLine(look.name().isEmpty() ? title("index.adoc")
                : look.name())).append("\n\n");
        String summary = summary();
        if (!summary.isEmpty()) {
            text.append("> ").append(oneLine(summary)).append("\n\n");
        }
        Set<String> listed = new LinkedHashSet<>();
        for (Navigation.Part part : navigation.parts()) {
            List<String> shown = part.pages().stream().filter(pages::containsKey).toList();
            if (shown.isEmpty()) {
                continue;
            }
            text.append("## ").append(part.title().isEmpty() ? "Docs" : oneLine(HtmlText.of(part.title()))).append("\n\n");
            shown.forEach(page -> entry(text, page));
            text.append('\n');
            listed.addAll(shown);
        }
        List<String> rest = pages.keySet().stream().filter(page -> !listed.contains(page)).toList();
        if (!rest.isEmpty()) {
            // llms.txt's own name for what a reader may skip: pages the navigation does not link.
            text.append("## Optional\n\n");
            rest.forEach(page -> entry(text, page));
            text.append('\n');
        }
        return text.toString();
    }

    String full() {
        StringBuilder text = new StringBuilder();
        for (String page : order()) {
            String body = pages.get(page).text();
            if (!body.startsWith("# ")) {
                body = "# " + title(page) + "\n\n" + body;
            }
            int firstLine = body.indexOf('\n');
            text.append(firstLine < 0 ? body : body.substring(0, firstLine)).append("\n\nSource: ").append(url(page))
                    .append(firstLine < 0 ? "" : "\n\n" + body.substring(firstLine).strip()).append("\n\n");
        }
        return text.toString();
    }

    /** Reading order first, then the pages the navigation does not link, in the tree's order. */
    private List<String> order() {
        Set<String> order = new LinkedHashSet<>();
        navigation.readingOrder().stream().filter(pages::containsKey).forEach(order::add);
        order.addAll(pages.keySet());
        return new ArrayList<>(order);
    }

    private void entry(StringBuilder text, String page) {
        text.append("- [").append(linkText(title(page))).append("](").append(url(page)).append(')');
        String description = pages.get(page).description();
        if (!description.isEmpty()) {
            text.append(": ").append(oneLine(description));
        }
        text.append('\n');
    }

    /** The home page's description, else none. */
    private String summary() {
        ConvertedPage home = pages.get("index.adoc");
        return home == null ? "" : home.description();
    }

    private String title(String page) {
        ConvertedPage converted = pages.get(page);
        String title = converted == null ? "" : HtmlText.of(converted.title());
        return title.isEmpty() ? HtmlText.of(Navigation.title(page, null)) : title;
    }

    private String url(String page) {
        String htmlPath = DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page)));
        SitePublishing publishing = look.publishing();
        String url = publishing.hasSiteUrl() ? publishing.pageUrl(htmlPath) : SiteHref.encoded(htmlPath);
        // Parentheses would end a Markdown link's address early.
        return url.replace("(", "%28").replace(")", "%29");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Text that cannot end a Markdown link's text early. */
    private static String linkText(String text) {
        return oneLine(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
