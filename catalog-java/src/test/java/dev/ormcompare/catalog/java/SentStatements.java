package dev.ormcompare.catalog.java;

import java.util.ArrayList;
import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * The statements that reached the JDBC driver while a region ran, one per query, whitespace collapsed and ended
 * by {@code ;}. Setup and assertions run outside {@link #start()}/{@link #stop()} and are not recorded.
 */
final class SentStatements implements QueryExecutionListener {

    private final List<String> recorded = new ArrayList<>();
    private boolean recording;

    synchronized void start() {
        recorded.clear();
        recording = true;
    }

    synchronized List<String> stop() {
        recording = false;
        return List.copyOf(recorded);
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // nothing: a statement counts as sent once the driver has run it
    }

    @Override
    public synchronized void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        if (!recording) {
            return;
        }
        for (QueryInfo query : queryInfoList) {
            recorded.add(normalized(query.getQuery()));
        }
    }

    static String normalized(String statement) {
        String collapsed = statement.replaceAll("\\s+", " ").strip();
        while (collapsed.endsWith(";")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1).strip();
        }
        return collapsed + ";";
    }
}
