package dev.ormcompare.site;

import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.content.SiteClashes;
import dev.ormcompare.site.convert.PageConverter;
import dev.ormcompare.site.convert.PageHeader;
import dev.ormcompare.site.nav.Chapters;
import dev.ormcompare.site.nav.IncludeGraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads every page as a render would, so that every ormcompare macro and the catalog are checked,
 * and writes nothing: what the {@code check} goal runs. Each problem goes to the log, as an error
 * when it is at or above {@code failOn}, else as a warning.
 */
public final class SiteCheck {

    /** How many pages were read, and the problems at or above {@code failOn}, each with its file and line. */
    public record Outcome(int pages, List<Problem> failures) {
        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    private SiteCheck() {
    }

    public static Outcome run(RenderSettings settings, BuildLog log) throws IOException {
        List<Problem> failures = new ArrayList<>();
        List<Problem> clashes = new ArrayList<>();
        DocsTree tree = SiteClashes.resolve(DocsTree.scan(settings.sourceDirectory(), settings.pages(),
                List.of(settings.sourceDirectory().resolve(SiteLook.NAV_FILE))), clashes);
        report(clashes, settings, log, failures);
        try (PageConverter converter = new PageConverter(settings.documentAttributes(), true)) {
            Map<String, PageConverter.Result> results = new LinkedHashMap<>();
            Map<String, PageHeader> headers = new TreeMap<>();
            for (Path page : tree.pages()) {
                PageConverter.Result result = converter.check(tree.root().resolve(page));
                results.put(DocsTree.slashed(page), result);
                headers.put(DocsTree.slashed(page), result.page().header());
            }
            // A book's chapter read alone misses what the book sets: its problems are the book's to tell.
            Set<String> chapters = Chapters.of(headers, new IncludeGraph(settings.sourceDirectory(), headers), settings.pages());
            Set<Problem> problems = new LinkedHashSet<>();
            results.forEach((page, result) -> {
                if (!chapters.contains(page)) {
                    problems.addAll(result.problems());
                }
            });
            report(List.copyOf(problems), settings, log, failures);
            return new Outcome(tree.pages().size(), failures);
        }
    }

    private static void report(List<Problem> problems, RenderSettings settings, BuildLog log, List<Problem> failures) {
        for (Problem problem : problems) {
            if (settings.failOn().fails(problem.severity())) {
                log.error(problem.describe(settings.baseDirectory()));
                failures.add(problem);
            } else {
                log.warn(problem.describe(settings.baseDirectory()));
            }
        }
    }
}
