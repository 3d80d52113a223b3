package dev.ormcompare.site;

import dev.ormcompare.site.compose.SiteWideFiles;
import dev.ormcompare.site.compose.ThemeAssets;
import dev.ormcompare.site.content.PageSelection;
import dev.ormcompare.site.publish.SiteFiles;
import dev.ormcompare.site.search.SearchIndex;
import dev.ormcompare.asciidoctor.settings.FailOn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A docs project on disk that tests edit as a writer would and render as {@code mvn site} would:
 * sources under {@code src/docs/asciidoc}, the user catalog in {@code src/docs/ormcompare}, the site
 * in {@code target/site}, the state in {@code target/ormcompare}.
 */
public final class DocsProject {

    private final Path root;
    private final WarmConverters converters;
    private final List<String> messages = new ArrayList<>();
    private long clock = System.currentTimeMillis();
    Map<String, String> attributes = Map.of();
    FailOn failOn = FailOn.ERROR;
    PageSelection pages = PageSelection.DEFAULT;
    int threads = 1;
    SiteLook look = TEST_SITE;

    /** The site the tests render unless one asks for another. */
    static final SiteLook TEST_SITE = new SiteLook(SiteLook.ORMCOMPARE, "Test docs", "1.0", "", "Footer text", "");

    public DocsProject(Path root, WarmConverters converters) {
        this.root = root;
        this.converters = converters;
    }

    Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        // Every write looks newer than the last, whatever the file system's time resolution.
        clock += 1000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
        return file;
    }

    public String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative));
    }

    void delete(String relative) throws IOException {
        Files.deleteIfExists(root.resolve(relative));
    }

    /** Log lines of the renders since the last call, as {@code LEVEL message}. */
    List<String> takeMessages() {
        List<String> taken = List.copyOf(messages);
        messages.clear();
        return taken;
    }

    public RenderSettings settings(String output, String state) {
        return new RenderSettings(root, root.resolve("src/docs/asciidoc"), root.resolve(output),
                root.resolve("src/docs/ormcompare"), root.resolve(state), pages, attributes, "ormcompare:test", failOn,
                threads, look);
    }

    /** The incremental render into {@code target/site}. */
    public SiteRenderer.Outcome render() throws IOException {
        return render(new SiteFiles());
    }

    public SiteRenderer.Outcome render(SiteFiles files) throws IOException {
        return new SiteRenderer(settings("target/site", "target/ormcompare/render-state.txt"), log(), converters, files)
                .render();
    }

    /** The incremental render into {@code output}, with the state of the render into {@code target/site}. */
    SiteRenderer.Outcome renderInto(String output) throws IOException {
        return new SiteRenderer(settings(output, "target/ormcompare/render-state.txt"), log(), converters, new SiteFiles())
                .render();
    }

    /** A render from nothing into {@code output}, as after {@code mvn clean}. */
    public SiteRenderer.Outcome cleanRender(String output) throws IOException {
        deleteTree(root.resolve(output));
        deleteTree(root.resolve("target/clean-state"));
        return new SiteRenderer(settings(output, "target/clean-state/render-state.txt"), log(), converters,
                new SiteFiles()).render();
    }

    /** The paths of the files a clean build writes, after one into {@code target/clean-site}. */
    java.util.Set<String> cleanRenderFiles() throws IOException {
        cleanRender("target/clean-site");
        return new java.util.TreeSet<>(files("target/clean-site").keySet());
    }

    private BuildLog log() {
        return new MessageList(messages);
    }

    /** The files below {@code relative} except the theme's, the search index and the others every site has. */
    java.util.Set<String> pagesAndResources(String relative) throws IOException {
        java.util.Set<String> files = new java.util.TreeSet<>(files(relative).keySet());
        assertThat(files).containsAll(ThemeAssets.files().keySet()).contains(SearchIndex.FILE)
                .containsAll(SiteWideFiles.ALWAYS);
        files.removeAll(ThemeAssets.files().keySet());
        files.remove(SearchIndex.FILE);
        SiteWideFiles.ALWAYS.forEach(files::remove);
        return files;
    }

    /** Every file below {@code relative}, hidden ones too, by path with its content. */
    public Map<String, String> files(String relative) throws IOException {
        Path dir = root.resolve(relative);
        Map<String, String> contents = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return contents;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    /** Copies the tree {@code from} to {@code to}, as a build cache restores a folder: the files get new times. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
