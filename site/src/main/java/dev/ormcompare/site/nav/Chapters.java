package dev.ormcompare.site.nav;

import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.convert.PageHeader;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which converted files are not pages of the site: a book's chapters (a file without a document title
 * of its own that another file includes) and files of attribute entries alone. Their conversion is kept
 * and their changes render the pages that include them, but the site neither publishes nor lists nor
 * indexes them, and what they logged rendered alone (attributes the book sets, missing) is not reported.
 * A chapter is a page all the same when it sets {@code :ormcompare-page:} or an include pattern names it.
 */
public final class Chapters {

    private Chapters() {
    }

    /** @param files every converted file (path in the source directory, with {@code /}) and its header */
    public static Set<String> of(Map<String, PageHeader> files, IncludeGraph graph, PageSelection selection) {
        Set<String> chapters = new TreeSet<>();
        files.forEach((file, header) -> {
            PageHeader.Outline outline = header.outline();
            if (!outline.titled() && !outline.markedPage() && !selection.names(file)
                    && (graph.isIncluded(file) || !outline.hasContent())) {
                chapters.add(file);
            }
        });
        return chapters;
    }
}
