package dev.ormcompare.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Names the plugin build, so pages rendered by another one are rendered again. */
final class PluginStamp {

    private PluginStamp() {
    }

    /**
     * The plugin's version and, for SNAPSHOTs, the size and time of its jar and of the extension's:
     * each rebuild of either counts as a new plugin.
     */
    static String of(PluginDescriptor plugin) {
        StringBuilder stamp = new StringBuilder(plugin.getId());
        List<Artifact> ours = new ArrayList<>();
        if (plugin.getPluginArtifact() != null) {
            ours.add(plugin.getPluginArtifact());
        }
        if (plugin.getArtifacts() != null) {
            plugin.getArtifacts().stream().filter(a -> a.getGroupId().equals(plugin.getGroupId())).forEach(ours::add);
        }
        for (Artifact artifact : ours) {
            File jar = artifact.getFile();
            stamp.append('|').append(artifact.getId());
            if (artifact.isSnapshot() && jar != null && jar.isFile()) {
                stamp.append(':').append(jar.length()).append(':').append(jar.lastModified());
            }
        }
        return stamp.toString();
    }
}
