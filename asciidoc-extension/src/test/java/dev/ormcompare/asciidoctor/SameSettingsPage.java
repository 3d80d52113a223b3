package dev.ormcompare.asciidoctor;

import org.jsoup.nodes.Document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page and one pom's {@code <attributes>} that every build of ours must render alike (the Maven
 * plugin's goals, the Doxia module): each convention of {@code PomAttributes} shows in the page's text.
 */
public final class SameSettingsPage {

    /** The page: its own entries for each attribute the pom sets, and a paragraph that shows what won. */
    public static final String PAGE = """
            = Settings
            :locked: from the page
            :soft: from the page
            :unset: from the page
            :soft-unset: from the page

            [.settings]
            locked is {locked}; soft is {soft}; set is '{set}'; flag is '{flag}';
            ifdef::unset[unset is {unset};]
            ifndef::unset[unset is unset;]
            ifdef::soft-unset[soft-unset is {soft-unset}.]
            ifndef::soft-unset[soft-unset is unset.]
            """;

    /** What the page shows with {@link #attributes()}. */
    public static final String SHOWN = "locked is Data team; soft is from the page; set is ''; flag is ''; "
            + "unset is unset; soft-unset is from the page.";

    private SameSettingsPage() {
    }

    /** The pom's attributes; a null value is an empty element. */
    public static Map<String, String> attributes() {
        Map<String, String> pom = new LinkedHashMap<>();
        pom.put("locked", "Data team");
        pom.put("soft", "Data team@");
        pom.put("set", null);
        pom.put("flag", "true");
        pom.put("unset", "false");
        pom.put("soft-unset", "false@");
        return pom;
    }

    /** The same as a pom's {@code <attributes>} element. */
    public static String attributesXml() {
        StringBuilder xml = new StringBuilder("<attributes>");
        attributes().forEach((name, value) -> xml.append(value == null ? "<" + name + "/>"
                : "<" + name + ">" + value + "</" + name + ">"));
        return xml.append("</attributes>").toString();
    }

    /** What a rendered page shows, to compare with {@link #SHOWN}. */
    public static String shown(Document page) {
        return page.select(".settings p").text();
    }
}
