package dev.ormcompare.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The class path of a converter JVM: the plugin's dependencies, which are the site engine, the
 * extension and AsciidoctorJ with theirs, without the plugin's own jar (the mojos) or anything of Maven's.
 */
final class EngineClasspath {

    private EngineClasspath() {
    }

    /** The jars, or nothing when Maven did not resolve the plugin's dependencies (a test harness). */
    static Optional<List<Path>> of(PluginDescriptor plugin) {
        Artifact self = plugin.getPluginArtifact();
        List<Artifact> artifacts = plugin.getArtifacts() == null ? List.of() : plugin.getArtifacts();
        List<Path> jars = artifacts.stream()
                .filter(artifact -> artifact.getFile() != null)
                .filter(artifact -> self == null || !sameArtifact(artifact, self))
                .map(artifact -> artifact.getFile().toPath())
                .toList();
        return jars.isEmpty() ? Optional.empty() : Optional.of(jars);
    }

    private static boolean sameArtifact(Artifact one, Artifact other) {
        return one.getGroupId().equals(other.getGroupId()) && one.getArtifactId().equals(other.getArtifactId());
    }
}
