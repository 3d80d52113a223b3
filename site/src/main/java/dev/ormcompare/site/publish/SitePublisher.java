package dev.ormcompare.site.publish;

import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.content.DocsTree;
import dev.ormcompare.site.state.RenderState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site's files other than pages: copies resources, writes the theme's files, and deletes what the
 * last run published that this one does not.
 */
public final class SitePublisher {

    private final RenderSettings settings;
    private final OutputGuard output;

    public SitePublisher(RenderSettings settings, OutputGuard output) {
        this.settings = settings;
        this.output = output;
    }

    /** The resources to publish, by path in the site (none named like a page's HTML: {@code SiteClashes} left those out). */
    public Map<String, Path> resources(DocsTree tree) {
        Map<String, Path> resources = new TreeMap<>();
        for (Path resource : tree.resources()) {
            resources.put(DocsTree.slashed(resource), tree.root().resolve(resource));
        }
        return resources;
    }

    /**
     * Copies each resource, and writes each file of the theme, unless the site has it as it is.
     *
     * @return the site paths written
     */
    public List<String> publish(Map<String, Path> resources, Map<String, byte[]> generated) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Path> resource : resources.entrySet()) {
            Path target = settings.outputDirectory().resolve(resource.getKey());
            if (!SiteFiles.isCopy(resource.getValue(), target)) {
                output.copy(resource.getValue(), resource.getKey());
                written.add(resource.getKey());
            }
        }
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            Path target = settings.outputDirectory().resolve(file.getKey());
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                output.write(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
        }
        return written;
    }

    /**
     * Deletes what the last run wrote that this run would not write (the HTML of a deleted page, a
     * deleted resource), and nothing else: other files in the output directory are not ours. What the
     * state names is deleted only if the render's record proves it wrote it; the record alone is enough,
     * so that what a killed build wrote, or a build whose state is lost, goes too.
     */
    public void removeOrphans(RenderState previous, DocsTree tree, Set<String> published) throws IOException {
        Set<String> current = new HashSet<>(published);
        tree.pages().forEach(page -> current.add(DocsTree.slashed(DocsTree.htmlPathOf(page))));
        Set<String> written = new TreeSet<>(previous.resources());
        previous.pages().keySet().forEach(page -> written.add(DocsTree.slashed(DocsTree.htmlPathOf(Path.of(page)))));
        written.addAll(output.owned());
        for (String file : written) {
            if (!current.contains(file)) {
                output.delete(file);
            }
        }
    }
}
