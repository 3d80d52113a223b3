package dev.ormcompare.site.nav;

import dev.ormcompare.asciidoctor.Html;
import dev.ormcompare.site.convert.PageHeader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

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
     * From the page tree: a page that includes other pages (a book including its parts) lists them
     * under it, in include order; the pages no page includes are laid out by folder: a folder is a
     * section, led by its {@code index} page when it has one; the site's own index comes first; the rest
     * are ordered by {@code :nav-order:}, then label.
     *
     * @param pages    every page (path in the source directory, with {@code /}) and its header
     * @param includes what each page includes
     */
    public static Navigation fromPages(SortedMap<String, PageHeader> pages, IncludeGraph includes) {
        Map<String, List<String>> below = includedPages(pages, includes);
        SortedMap<String, PageHeader> tops = new TreeMap<>(pages);
        below.values().forEach(children -> children.forEach(tops::remove));
        NavLabels labels = new NavLabels(pages);
        return new Navigation(folder("", tops, labels, page -> items(page, labels, below)));
    }

    /** From the page tree alone, as when no page includes another. */
    static Navigation fromPages(SortedMap<String, PageHeader> pages) {
        return new Navigation(folder("", pages, new NavLabels(pages), page -> List.of()));
    }

    /**
     * The pages each page lists under it: those it includes that no page listed first has taken, and
     * never one of its own ancestors, so that pages including each other still have a place.
     */
    private static Map<String, List<String>> includedPages(SortedMap<String, PageHeader> pages, IncludeGraph includes) {
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> below = new HashMap<>();
        for (String page : pages.keySet()) {
            for (String child : includes.includedPages(page, pages.keySet())) {
                if (!parent.containsKey(child) && !isAncestor(child, page, parent)) {
                    parent.put(child, page);
                    below.computeIfAbsent(page, key -> new ArrayList<>()).add(child);
                }
            }
        }
        return below;
    }

    private static boolean isAncestor(String candidate, String page, Map<String, String> parent) {
        for (String at = page; at != null; at = parent.get(at)) {
            if (at.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** The entries under {@code page}: the pages it includes, each with its own. */
    private static List<NavItem> items(String page, NavLabels labels, Map<String, List<String>> below) {
        List<NavItem> items = new ArrayList<>();
        for (String child : below.getOrDefault(page, List.of())) {
            items.add(new NavItem(labels.of(child), child, items(child, labels, below)));
        }
        return items;
    }

    private static List<NavItem> folder(String folder, SortedMap<String, PageHeader> pages, NavLabels labels,
                                        Function<String, List<NavItem>> included) {
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
                String label = labels.of(page.getKey());
                entries.add(new Entry(header.navOrder(), label.toLowerCase(Locale.ROOT), page.getKey(),
                        new NavItem(label, page.getKey(), included.apply(page.getKey()))));
            }
        }
        for (Map.Entry<String, SortedMap<String, PageHeader>> sub : subfolders.entrySet()) {
            String name = sub.getKey();
            String ownIndex = sub.getValue().keySet().stream()
                    .filter(path -> path.lastIndexOf('/') == name.length() - 1 && isIndex(path.substring(name.length())))
                    .findFirst().orElse(null);
            PageHeader header = ownIndex == null ? null : sub.getValue().get(ownIndex);
            // An index without a title of its own leads the section under the folder's name, not "index".
            String title = header == null || header.titleText().isEmpty() ? folderTitle(name) : labels.of(ownIndex);
            List<NavItem> children = new ArrayList<>(ownIndex == null ? List.of() : included.apply(ownIndex));
            children.addAll(folder(name, sub.getValue(), labels, included));
            entries.add(new Entry(header == null ? Integer.MAX_VALUE : header.navOrder(), title.toLowerCase(Locale.ROOT),
                    name, new NavItem(title, ownIndex, children)));
        }
        entries.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::title).thenComparing(Entry::path));
        List<NavItem> items = new ArrayList<>();
        if (index != null) {
            items.add(new NavItem(labels.of(index), index, List.of()));
            items.addAll(included.apply(index));
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

    /**
     * The page a site's home link leads to: its {@code index} page, else the first page of the reading
     * order, else the first page; null when there is none.
     *
     * @param pages every page (path in the source directory, with {@code /}), sorted
     */
    public String home(Collection<String> pages) {
        for (String page : pages) {
            if (page.indexOf('/') < 0 && isIndex(page)) {
                return page;
            }
        }
        return !readingOrder.isEmpty() ? readingOrder.get(0) : pages.stream().findFirst().orElse(null);
    }

    /**
     * The entries on the way to {@code page}'s own entry, from the top, without it: what breadcrumbs
     * show before the page. Empty when the navigation does not list the page or lists it at the top.
     */
    List<NavItem> trail(String page) {
        NavItem entry = entryOf(page);
        List<NavItem> trail = new ArrayList<>();
        if (entry != null) {
            pathTo(items, entry, trail);
        }
        return trail;
    }

    private static boolean pathTo(List<NavItem> entries, NavItem target, List<NavItem> trail) {
        for (NavItem entry : entries) {
            if (entry == target) {
                return true;
            }
            trail.add(entry);
            if (pathTo(entry.children(), target, trail)) {
                return true;
            }
            trail.remove(trail.size() - 1);
        }
        return false;
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
