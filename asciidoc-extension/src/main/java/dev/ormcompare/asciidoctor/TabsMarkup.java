package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.Comparison;

import java.util.List;

/**
 * The raw HTML around a comparison's snippets: the WAI-ARIA tab list and the opening and closing
 * tags of each tab panel. The snippets themselves stay Asciidoctor listings between these tags,
 * so the document's source highlighter colours them.
 *
 * <p>Ids: the block has {@code blockId}; each ORM's panel is {@code blockId-ormId} and its tab
 * {@code blockId-ormId-tab}.
 */
final class TabsMarkup {

    /** Marks the panel shown before any script runs; the script moves it with the selection. */
    static final String ACTIVE = "ormcompare-active";

    private TabsMarkup() {
    }

    /**
     * The bar above the panels: the side-by-side switch and the tab list. It lists the block's ORMs
     * in {@code data-orms}, so the page's script can style the reader's choice before it runs.
     * The switch comes first, so that Tab from the selected tab goes on to its panel, as the
     * WAI-ARIA tabs pattern has it; CSS shows it at the end of the bar.
     */
    static String bar(String blockId, Comparison comparison, String label) {
        StringBuilder html = new StringBuilder("<div class=\"ormcompare-bar\" data-orms=\"")
                .append(String.join(" ", comparison.entries().stream().map(entry -> entry.orm().id()).toList()))
                .append("\"><button type=\"button\" class=\"ormcompare-view\" aria-pressed=\"false\">Side by side</button>")
                .append("<div class=\"ormcompare-tablist\" role=\"tablist\" aria-label=\"")
                .append(Html.escape(label)).append("\">");
        List<Comparison.Entry> entries = comparison.entries();
        for (int i = 0; i < entries.size(); i++) {
            String ormId = entries.get(i).orm().id();
            boolean selected = i == comparison.selected();
            html.append("<button type=\"button\" class=\"ormcompare-tab\" role=\"tab\" id=\"")
                    .append(Html.escape(tabId(blockId, ormId))).append("\" aria-controls=\"")
                    .append(Html.escape(panelId(blockId, ormId)))
                    .append("\" aria-selected=\"").append(selected).append("\" tabindex=\"").append(selected ? 0 : -1)
                    .append("\" data-orm=\"").append(ormId).append("\">")
                    .append(Html.escape(entries.get(i).orm().name())).append("</button>");
        }
        return html.append("</div></div>").toString();
    }

    static String panelStart(String blockId, Comparison.Entry entry, boolean selected) {
        String ormId = entry.orm().id();
        return "<div class=\"ormcompare-panel" + (selected ? " " + ACTIVE : "") + "\" role=\"tabpanel\" id=\""
                + Html.escape(panelId(blockId, ormId)) + "\" aria-labelledby=\"" + Html.escape(tabId(blockId, ormId))
                + "\" tabindex=\"0\" data-orm=\"" + ormId + "\">";
    }

    static String panelEnd() {
        return "</div>";
    }

    static String panelId(String blockId, String ormId) {
        return blockId + "-" + ormId;
    }

    static String tabId(String blockId, String ormId) {
        return panelId(blockId, ormId) + "-tab";
    }
}
