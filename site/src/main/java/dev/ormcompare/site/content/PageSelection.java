package dev.ormcompare.site.content;

import dev.ormcompare.asciidoctor.settings.SourcePaths;

import java.util.List;

/**
 * Which files of the source directory are pages: those matching an include pattern and no exclude
 * pattern, never a partial (a file or folder whose name starts with {@code _}).
 */
public final class PageSelection {

    /** The file name extensions Asciidoctor reads as AsciiDoc. */
    public static final List<String> ASCIIDOC_EXTENSIONS = List.of(".adoc", ".asciidoc", ".asc", ".ad");

    /** Every AsciiDoc file that is not a partial. */
    public static final PageSelection DEFAULT = of(List.of(), List.of());

    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    private PageSelection(List<AntPattern> includes, List<AntPattern> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /**
     * @param includes Ant-style patterns of the pages; empty for every AsciiDoc file
     * @param excludes Ant-style patterns of files that are not pages even though included
     */
    public static PageSelection of(List<String> includes, List<String> excludes) {
        return new PageSelection(includes.stream().filter(p -> !p.isBlank()).map(AntPattern::of).toList(),
                excludes.stream().filter(p -> !p.isBlank()).map(AntPattern::of).toList());
    }

    /** @param relativePath a path below the source directory, with {@code /} separators */
    boolean isPage(String relativePath) {
        if (SourcePaths.isPartial(relativePath) || SourcePaths.isHidden(relativePath)) {
            return false;
        }
        boolean included = includes.isEmpty() ? isAsciiDoc(relativePath)
                : includes.stream().anyMatch(pattern -> pattern.matches(relativePath));
        return included && excludes.stream().noneMatch(pattern -> pattern.matches(relativePath));
    }

    /**
     * An include pattern names the file itself, without a wildcard ({@code guide/chapter.adoc}): it is a
     * page even when a book includes it.
     */
    public boolean names(String relativePath) {
        return includes.stream().anyMatch(pattern -> pattern.isLiteral() && pattern.matches(relativePath));
    }

    static boolean isAsciiDoc(String path) {
        return ASCIIDOC_EXTENSIONS.stream().anyMatch(path::endsWith);
    }

    @Override
    public String toString() {
        return "includes=" + includes + " excludes=" + excludes;
    }
}
