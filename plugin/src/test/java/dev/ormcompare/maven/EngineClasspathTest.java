package dev.ormcompare.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The converter JVM's class path, from the plugin's dependencies as Maven resolved them. */
class EngineClasspathTest {

    private static Artifact artifact(String groupId, String artifactId, String type) {
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, "1.0", "runtime", type, null,
                new DefaultArtifactHandler(type));
        artifact.setFile(new File("/repo/" + artifactId + ".jar"));
        return artifact;
    }

    @Test
    void isTheEnginesJarsWithoutThePlugins() {
        Artifact plugin = artifact("dev.ormcompare", "ormcompare-maven-plugin", "maven-plugin");
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setPluginArtifact(plugin);
        descriptor.setArtifacts(List.of(plugin, artifact("dev.ormcompare", "ormcompare-site", "jar"),
                artifact("dev.ormcompare", "ormcompare-asciidoctorj", "jar"), artifact("org.asciidoctor", "asciidoctorj", "jar"),
                artifact("org.jruby", "jruby", "jar")));

        assertThat(EngineClasspath.of(descriptor)).contains(List.of(Path.of("/repo/ormcompare-site.jar"),
                Path.of("/repo/ormcompare-asciidoctorj.jar"), Path.of("/repo/asciidoctorj.jar"), Path.of("/repo/jruby.jar")));
    }

    @Test
    void isNothingWhenMavenResolvedNoDependencies() {
        Artifact plugin = artifact("dev.ormcompare", "ormcompare-maven-plugin", "maven-plugin");
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setPluginArtifact(plugin);
        descriptor.setArtifacts(List.of(plugin));

        assertThat(EngineClasspath.of(descriptor)).isEmpty();
    }
}
