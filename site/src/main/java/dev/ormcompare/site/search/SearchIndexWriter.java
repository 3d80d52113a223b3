package dev.ormcompare.site.search;

import dev.ormcompare.site.publish.OutputGuard;

import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.convert.ConvertedPage;
import dev.ormcompare.site.internal.SiteHref;
import dev.ormcompare.site.publish.SiteFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Puts the site's search index together from each page's part, kept beside its conversion. */
public final class SearchIndexWriter {

    private final RenderSettings settings;
    private final SiteFiles files;
    private final OutputGuard output;

    public SearchIndexWriter(RenderSettings settings, SiteFiles files, OutputGuard output) {
        this.settings = settings;
        this.files = files;
        this.output = output;
    }

    /** The index's file in the site. */
    public Path file() {
        return settings.outputDirectory().resolve(SearchIndex.FILE);
    }

    public void write(DocsTree tree) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Path page : tree.pages()) {
            Path part = settings.searchPartFile(page);
            Path converted = settings.convertedFile(page);
            if (!Files.isRegularFile(part) && Files.isRegularFile(converted)) {
                try {
                    files.write(part, ConvertedPage.fromBytes(Files.readAllBytes(converted)).search());
                } catch (IllegalArgumentException e) {
                    continue; // converted again next time, as composing said
                }
            }
            if (Files.isRegularFile(part)) {
                parts.put(SiteHref.encoded(DocsTree.slashed(DocsTree.htmlPathOf(page))),
                        Files.readString(part, StandardCharsets.UTF_8));
            }
        }
        output.write(SearchIndex.FILE, SearchIndex.script(parts).getBytes(StandardCharsets.UTF_8));
    }
}
