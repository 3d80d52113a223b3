package dev.ormcompare.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/** Maven's console log that also keeps each line a goal logged, as {@code LEVEL message}, for the test to read. */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new ArrayList<>();

    static RecordingLog on(AbstractMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public void info(CharSequence content) {
        lines.add("INFO " + content);
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("WARN " + content);
        super.warn(content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("ERROR " + content);
        super.error(content);
    }
}
