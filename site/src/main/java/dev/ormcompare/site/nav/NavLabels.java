package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.internal.HtmlText;

import java.util.HashMap;
import java.util.Map;

/**
 * What the navigation, breadcrumbs and previous and next call each page: its {@code :navtitle:} or
 * {@code :reftext:}; else, for a title longer than a sidebar shows, the title without its subtitle
 * ("Hibernate Search 9.0: Reference Documentation" reads "Hibernate Search 9.0") unless another page's
 * title starts alike, when the subtitle tells them apart ("Reference Documentation", "Migration
 * Guide"); else the title, or the file name of a page without one. HTML-escaped; the page itself
 * keeps its whole title.
 */
public final class NavLabels {

    /** Characters a sidebar shows of a label on one or two lines; a longer title loses its subtitle there. */
    private static final int LONG_LABEL = 32;

    private final Map<String, PageHeader> pages;
    private final Map<String, Integer> mainTitles = new HashMap<>();

    /** @param pages every page (path in the source directory, with {@code /}) and its header */
    public NavLabels(Map<String, PageHeader> pages) {
        this.pages = pages;
        pages.forEach((page, header) -> {
            String main = mainTitle(header.titleText());
            if (main != null) {
                mainTitles.merge(main, 1, Integer::sum);
            }
        });
    }

    /** The label of {@code page}, HTML-escaped. */
    public String of(String page) {
        PageHeader header = pages.get(page);
        String navTitle = header == null ? "" : HtmlText.of(header.outline().navTitle());
        if (!navTitle.isEmpty()) {
            return Html.escape(navTitle);
        }
        String title = header == null ? "" : header.titleText();
        String main = mainTitle(title);
        if (main == null) {
            return Navigation.title(page, header);
        }
        return Html.escape(mainTitles.get(main) > 1 ? title.substring(title.lastIndexOf(": ") + 2).strip() : main);
    }

    /** The title before its subtitle, when the title is too long for a label and has one; else null. */
    private static String mainTitle(String title) {
        int subtitle = title.lastIndexOf(": ");
        return title.length() > LONG_LABEL && subtitle > 0 && subtitle + 2 < title.length()
                ? title.substring(0, subtitle).strip() : null;
    }
}
