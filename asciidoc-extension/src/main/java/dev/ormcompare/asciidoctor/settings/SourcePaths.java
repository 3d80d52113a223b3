package dev.ormcompare.asciidoctor.settings;

/**
 * Which files of a docs source folder are never pages on their own, whatever tool renders them:
 * partials, whose name or a folder's starts with {@code _} (pages include them), and hidden files,
 * whose name or a folder's starts with {@code .}. Paths are relative to the source folder, with
 * {@code /} between names.
 */
public final class SourcePaths {

    private SourcePaths() {
    }

    /** {@code _intro.adoc}, {@code _partials/steps.adoc}, {@code guide/_shared/a.adoc}. */
    public static boolean isPartial(String relativePath) {
        return anyNameStartsWith(relativePath, '_');
    }

    /** {@code .draft.adoc}, {@code .git/config}, {@code guide/.cache/page.adoc}. */
    public static boolean isHidden(String relativePath) {
        return anyNameStartsWith(relativePath, '.');
    }

    private static boolean anyNameStartsWith(String relativePath, char first) {
        for (String name : relativePath.split("/")) {
            if (!name.isEmpty() && name.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }
}
