package dev.ormcompare.site;

/** Where the rendering reports to; the mojos pass Maven's log, tests a list. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);
}
