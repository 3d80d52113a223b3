package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.ParseException;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What becomes of Asciidoctor's messages: printed or not ({@code logHandler/outputToConsole}, as
 * in the converter module), and which fail the site: every message at {@code failOn} or above
 * (ERROR unless set; NONE fails on none), and those that {@code logHandler/failIf} names.
 */
record LogSettings(boolean outputToConsole, Severity failOn, Severity failIfSeverity, String failIfText) {

    static final String LOG_HANDLER = "logHandler";
    static final String FAIL_ON = "failOn";
    static final String NONE = "NONE";

    static LogSettings read(Xpp3Dom asciidoc) throws ParseException {
        Severity failOn = severity(child(asciidoc, FAIL_ON), FAIL_ON, Severity.ERROR);
        Xpp3Dom logHandler = asciidoc == null ? null : asciidoc.getChild(LOG_HANDLER);
        String outputToConsole = child(logHandler, "outputToConsole");
        Xpp3Dom failIf = logHandler == null ? null : logHandler.getChild("failIf");
        String failIfText = child(failIf, "containsText");
        return new LogSettings(outputToConsole == null || Boolean.parseBoolean(outputToConsole), failOn,
                severity(child(failIf, "severity"), LOG_HANDLER + "/failIf/severity", null),
                failIfText == null || failIfText.isBlank() ? null : failIfText);
    }

    /** True when this message fails the page. */
    boolean fails(LogRecord record) {
        if (failOn != null && atLeast(record, failOn)) {
            return true;
        }
        if (failIfSeverity == null && failIfText == null) {
            return false;
        }
        return (failIfSeverity == null || atLeast(record, failIfSeverity))
                && (failIfText == null || String.valueOf(record.getMessage()).contains(failIfText));
    }

    /** E.g. "of severity ERROR or higher", for the failure's message. */
    String describe() {
        StringBuilder what = new StringBuilder();
        if (failOn != null) {
            what.append("of severity ").append(failOn).append(" or higher (failOn)");
        }
        if (failIfSeverity != null || failIfText != null) {
            what.append(what.length() > 0 ? ", or " : "").append("matching logHandler/failIf");
        }
        return what.toString();
    }

    private static boolean atLeast(LogRecord record, Severity severity) {
        return record.getSeverity().ordinal() >= severity.ordinal();
    }

    private static Severity severity(String value, String setting, Severity unset) throws ParseException {
        if (value == null || value.isBlank()) {
            return unset;
        }
        if (NONE.equalsIgnoreCase(value.strip())) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParseException("maven-site-plugin's <asciidoc><" + setting + ">" + value + "</" + setting + ">: '"
                    + value + "' is not a severity; use one of " + Arrays.stream(Severity.values()).map(Severity::name)
                    .collect(Collectors.joining(", ")) + " or " + NONE);
        }
    }

    private static String child(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent == null ? null : parent.getChild(name);
        return child == null ? null : child.getValue();
    }
}
