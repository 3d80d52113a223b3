package dev.ormcompare.catalog.java;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One bracketed line of java.adoc, e.g. {@code [snippet,topic=insert-one,orm=hibernate,...]}, and its line number. */
record CatalogEntry(String kind, Map<String, String> attributes, int line) {

    private static final Pattern ENTRY = Pattern.compile("^\\[(orm|snippet|file|missing),(.*)\\]\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=(\"([^\"]*)\"|([^,]*))(,|$)");

    String get(String name) {
        return attributes.get(name);
    }

    /** Every entry of java.adoc, in file order. */
    static List<CatalogEntry> read() {
        List<String> lines = TaggedRegion.fileLines("java.adoc");
        java.util.ArrayList<CatalogEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (entry.matches()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(entry.group(2));
                while (attribute.find()) {
                    attributes.put(attribute.group(1),
                            attribute.group(3) != null ? attribute.group(3) : attribute.group(4));
                }
                entries.add(new CatalogEntry(entry.group(1), attributes, i + 1));
            }
        }
        return entries;
    }

    @Override
    public String toString() {
        return "java.adoc:" + line + " [" + kind + "," + attributes + "]";
    }
}
