package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.convert.PageHeader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The site's navigation: the entries every page lists, and the reading order that previous and next
 * follow. Laid out from the nav file when there is one, else from the page tree.
 */
public final class Navigation {

    private static final String INDEX = "index";

    private final List<NavItem> items;
    private final List<String> readingOrder = new ArrayList<>();

    Navigation(List<NavItem> items) {
        this.items = List.copyOf(items);
        items.forEach(this::collect);
    }

    List<NavItem> items() {
        return items;
    }

    /** Every page the navigation links, in reading order, each once. */
    public List<String> readingOrder() {
        return readingOrder;
    }

    /**
     * The entry that stands for {@code page}: the first that links to its top, else the first that
     * links into it; null when none does. Only this one is marked as the current page.
     */
    NavItem entryOf(String page) {
        NavItem top = first(items, page, true);
        return top != null ? top : first(items, page, false);
    }

    private static NavItem first(List<NavItem> entries, String page, boolean atTop) {
        for (NavItem entry : entries) {
            if (page.equals(entry.page()) && (!atTop || entry.fragment().isEmpty())) {
                return entry;
            }
            NavItem below = first(entry.children(), page, atTop);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private void collect(NavItem item) {
        if (item.page() != null && !readingOrder.contains(item.page())) {
            readingOrder.add(item.page());
        }
        item.children().forEach(this::collect);
    }

    /**
     * From the page tree: a folder is a section, led by its {@code index} page when it has one; the
     * site's own index comes first; the rest are ordered by {@code :nav-order:}, then title.
     *
     * @param pages every page (path in the source directory, with {@code /}) and its header
     */
    public static Navigation fromPages(SortedMap<String, PageHeader> pages) {
        return new Navigation(folder("", pages));
    }

    private static List<NavItem> folder(String folder, SortedMap<String, PageHeader> pages) {
        record Entry(int order, String title, String path, NavItem item) {
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, SortedMap<String, PageHeader>> subfolders = new TreeMap<>();
        String index = null;
        for (Map.Entry<String, PageHeader> page : pages.entrySet()) {
            String rest = page.getKey().substring(folder.length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                subfolders.computeIfAbsent(folder + rest.substring(0, slash + 1), name -> new TreeMap<>())
                        .put(page.getKey(), page.getValue());
            } else if (folder.isEmpty() && isIndex(rest)) {
                index = page.getKey();
            } else if (!isIndex(rest)) {
                PageHeader header = page.getValue();
                entries.add(new Entry(header.navOrder(), title(page.getKey(), header).toLowerCase(Locale.ROOT),
                        page.getKey(), new NavItem(title(page.getKey(), header), page.getKey(), List.of())));
            }
        }
        for (Map.Entry<String, SortedMap<String, PageHeader>> sub : subfolders.entrySet()) {
            String name = sub.getKey();
            String ownIndex = sub.getValue().keySet().stream()
                    .filter(path -> path.lastIndexOf('/') == name.length() - 1 && isIndex(path.substring(name.length())))
                    .findFirst().orElse(null);
            PageHeader header = ownIndex == null ? null : sub.getValue().get(ownIndex);
            // An index without a title of its own leads the section under the folder's name, not "index".
            String title = header == null || header.titleText().isEmpty() ? folderTitle(name) : title(ownIndex, header);
            entries.add(new Entry(header == null ? Integer.MAX_VALUE : header.navOrder(), title.toLowerCase(Locale.ROOT),
                    name, new NavItem(title, ownIndex, folder(name, sub.getValue()))));
        }
        entries.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::title).thenComparing(Entry::path));
        List<NavItem> items = new ArrayList<>();
        if (index != null) {
            items.add(new NavItem(title(index, pages.get(index)), index, List.of()));
        }
        entries.forEach(entry -> items.add(entry.item()));
        return items;
    }

    private static boolean isIndex(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).equals(INDEX);
    }

    /** A page's title, or its file name when it has none: text, HTML-escaped, for every place that shows it. */
    public static String title(String page, PageHeader header) {
        String title = header == null ? "" : header.titleText();
        if (!title.isEmpty()) {
            return Html.escape(title);
        }
        String name = page.substring(page.lastIndexOf('/') + 1);
        return Html.escape(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
    }

    /** "getting-started/" reads "Getting started". */
    private static String folderTitle(String folder) {
        String name = folder.substring(0, folder.length() - 1);
        name = name.substring(name.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ').strip();
        return Html.escape(name.isEmpty() ? folder : Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    /**
     * A part of the navigation: a top-level section's title (HTML-escaped text) and the pages it leads to, in
     * reading order; the top-level pages outside any section form one with an empty title.
     */
    public record Part(String title, List<String> pages) {
    }

    /** The navigation's top-level parts, in its order, for lists of the site's pages by section. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (NavItem item : items) {
            if (item.isSection()) {
                List<String> pages = readingOrder.stream().filter(item::leadsTo).toList();
                parts.add(new Part(item.title(), pages));
            } else if (item.page() != null && !loose.contains(item.page())) {
                loose.add(item.page());
            }
        }
        if (!loose.isEmpty()) {
            parts.add(0, new Part("", loose));
        }
        return parts;
    }

    /** Everything the navigation shows, for the pages' fingerprint: a change re-links every page. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> describe(item, 0, text));
        return text.toString();
    }

    private static void describe(NavItem item, int depth, StringBuilder text) {
        text.append(depth).append('\t').append(item.title()).append('\t').append(item.page()).append('#')
                .append(item.fragment()).append('\t').append(item.link()).append('\n');
        item.children().forEach(child -> describe(child, depth + 1, text));
    }
}
