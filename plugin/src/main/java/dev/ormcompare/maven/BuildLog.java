package dev.ormcompare.maven;

/** Where the rendering reports to; the mojos pass Maven's log, tests a list. */
interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);
}
