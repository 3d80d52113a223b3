package dev.ormcompare.site;

import dev.ormcompare.site.search.SearchIndex;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a build cache shares between machines: the same docs tree rendered at two absolute paths (two clones,
 * two users) gives the same site byte for byte, and the render's state names no absolute path, so that a site
 * and state restored elsewhere are what that machine would build.
 */
class RelocatableRenderTest {

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;

    private DocsProject checkoutAt(String path) throws IOException {
        return SiteFixture.withInputsOutsideThePages(new DocsProject(directory.resolve(path), converters));
    }

    @Test
    void theSameDocsAtTwoPathsGiveTheSameSiteByteForByte() throws IOException {
        DocsProject one = checkoutAt("alice/checkout/docs");
        DocsProject other = checkoutAt("ci/workspace/job-42/repo/docs");

        one.render();
        other.render();

        Map<String, byte[]> site = bytes(one.path("target/site"));
        assertThat(site).containsKeys("index.html", "guides/team.html", "sitemap.xml", "llms.txt", SearchIndex.FILE);
        assertThat(site.keySet()).isEqualTo(bytes(other.path("target/site")).keySet());
        bytes(other.path("target/site")).forEach((file, content) ->
                assertThat(content).as(file).isEqualTo(site.get(file)));
    }

    @Test
    void theRenderStateNamesNoAbsolutePath() throws IOException {
        DocsProject project = checkoutAt("alice/checkout/docs");

        project.render();

        Map<String, byte[]> state = bytes(project.path("target/ormcompare"));
        assertThat(state).containsKeys("render-state.txt", "written-files.txt");
        state.forEach((file, content) -> assertThat(new String(content, StandardCharsets.UTF_8)).as(file)
                .doesNotContain(directory.toString()));
    }

    /** Every file below {@code dir} by its path there, with {@code /}. */
    static Map<String, byte[]> bytes(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
