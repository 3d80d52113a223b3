package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.settings.FailOn;
import org.apache.maven.doxia.parser.ParseException;
import org.asciidoctor.log.LogRecord;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What becomes of Asciidoctor's messages: printed or not ({@code logHandler/outputToConsole}, as
 * in the converter module), and which fail the site: every message {@code failOn} names (ERROR and
 * above unless set; NONE fails on none, as the Maven plugin's {@code failOn}), and those that
 * {@code logHandler/failIf} names.
 *
 * @param failIfSeverity null when {@code failIf} names no severity
 */
record LogSettings(boolean outputToConsole, FailOn failOn, FailOn failIfSeverity, String failIfText) {

    static final String LOG_HANDLER = "logHandler";
    static final String FAIL_ON = "failOn";

    static LogSettings read(Xpp3Dom asciidoc) throws ParseException {
        String failOn = child(asciidoc, FAIL_ON);
        Xpp3Dom logHandler = asciidoc == null ? null : asciidoc.getChild(LOG_HANDLER);
        String outputToConsole = child(logHandler, "outputToConsole");
        Xpp3Dom failIf = logHandler == null ? null : logHandler.getChild("failIf");
        String failIfSeverity = child(failIf, "severity");
        String failIfText = child(failIf, "containsText");
        return new LogSettings(outputToConsole == null || Boolean.parseBoolean(outputToConsole),
                isBlank(failOn) ? FailOn.ERROR : failOn(failOn, FAIL_ON),
                isBlank(failIfSeverity) ? null : failOn(failIfSeverity, LOG_HANDLER + "/failIf/severity"),
                isBlank(failIfText) ? null : failIfText);
    }

    /** True when this message fails the page. */
    boolean fails(LogRecord record) {
        if (failOn.fails(record.getSeverity())) {
            return true;
        }
        if (failIfSeverity == null && failIfText == null) {
            return false;
        }
        return (failIfSeverity == null || failIfSeverity.fails(record.getSeverity()))
                && (failIfText == null || String.valueOf(record.getMessage()).contains(failIfText));
    }

    /** E.g. "of severity ERROR or higher", for the failure's message. */
    String describe() {
        StringBuilder what = new StringBuilder();
        if (!failOn.equals(FailOn.NONE)) {
            what.append("of severity ").append(failOn).append(" or higher (failOn)");
        }
        if (failIfSeverity != null || failIfText != null) {
            what.append(what.length() > 0 ? ", or " : "").append("matching logHandler/failIf");
        }
        return what.toString();
    }

    private static FailOn failOn(String value, String setting) throws ParseException {
        try {
            return FailOn.of(value);
        } catch (IllegalArgumentException e) {
            throw new ParseException("maven-site-plugin's <asciidoc><" + setting + ">" + value + "</" + setting + ">: "
                    + e.getMessage() + "; use one of " + FailOn.CHOICES);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String child(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent == null ? null : parent.getChild(name);
        return child == null ? null : child.getValue();
    }
}
