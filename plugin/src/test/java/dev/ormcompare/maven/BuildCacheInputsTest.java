package dev.ormcompare.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which files pages read are inputs of the build cache extension's key, from the recipe's configuration file. */
class BuildCacheInputsTest {

    @TempDir
    Path project;

    private Path file(String relative) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text\n");
        return file;
    }

    /** The docs' recipe as the build-cache integration test tests it. */
    private Path recipe() {
        return Path.of("../it/src/it/build-cache/.mvn/maven-build-cache-config.xml").toAbsolutePath().normalize();
    }

    @Test
    void theRecipeCoversPagesCatalogsImagesAndTheModulesSources() throws IOException {
        List<Path> read = List.of(file("src/docs/asciidoc/index.adoc"), file("src/docs/asciidoc/images/flow.svg"),
                file("src/docs/ormcompare/team.adoc"), file("src/main/java/com/example/A.java"));

        BuildCacheInputs inputs = BuildCacheInputs.read(recipe(), project, List.of()).orElseThrow();

        assertThat(inputs.uncovered(read)).isEmpty();
    }

    @Test
    void aFileOutsideTheRecipesFoldersIsUncovered() throws IOException {
        Path readme = file("README.adoc");
        Path other = file("../core/src/main/java/B.java");

        BuildCacheInputs inputs = BuildCacheInputs.read(recipe(), project, List.of()).orElseThrow();

        assertThat(inputs.uncovered(List.of(readme, file("src/docs/asciidoc/index.adoc"), other)))
                .containsExactly(readme, other.normalize());
    }

    @Test
    void aGlobNarrowerThanEveryFileLeavesPagesOut() throws IOException {
        Path config = file(".mvn/maven-build-cache-config.xml");
        Files.writeString(config, """
                <cache xmlns="http://maven.apache.org/BUILD-CACHE-CONFIG/1.2.0">
                  <input>
                    <global>
                      <glob>{*.java,*.xml}</glob>
                      <includes>
                        <include>src/docs</include>
                        <include glob="*.adoc">../shared</include>
                      </includes>
                    </global>
                  </input>
                </cache>
                """);
        Path page = file("src/docs/asciidoc/index.adoc");
        Path shared = file("../shared/intro.adoc");

        BuildCacheInputs inputs = BuildCacheInputs.read(config, project, List.of(project.resolve("src/main/java")))
                .orElseThrow();

        assertThat(inputs.uncovered(List.of(page, shared, file("src/main/java/A.java"), file("src/docs/pom.xml"))))
                .containsExactly(page);
    }

    @Test
    void noConfigurationFileIsNoBuildCache() throws IOException {
        assertThat(BuildCacheInputs.read(project.resolve(".mvn/maven-build-cache-config.xml"), project, List.of()))
                .isEmpty();
    }

    @Test
    void aConfigurationThatIsNoXmlIsReportedNamingTheFile() throws IOException {
        Path config = file(".mvn/maven-build-cache-config.xml");
        Files.writeString(config, "<cache><input>");

        assertThatThrownBy(() -> BuildCacheInputs.read(config, project, List.of())).isInstanceOf(IOException.class)
                .hasMessageStartingWith(config + " is no XML the build cache extension reads");
    }
}
