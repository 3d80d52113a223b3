package dev.ormcompare.maven;

import dev.ormcompare.site.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** Sends the renderer's messages to Maven's log. */
record MavenBuildLog(Log log) implements BuildLog {

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
