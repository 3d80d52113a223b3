package dev.ormcompare.maven;

import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.io.File;

/** Names the plugin build, so pages rendered by another one are rendered again. */
final class PluginStamp {

    private PluginStamp() {
    }

    /** The version, and for a SNAPSHOT also its jar's size and time: each rebuild counts as new. */
    static String of(PluginDescriptor plugin) {
        String stamp = plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        if (plugin.getVersion().endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            stamp += ":" + jar.length() + ":" + jar.lastModified();
        }
        return stamp;
    }
}
