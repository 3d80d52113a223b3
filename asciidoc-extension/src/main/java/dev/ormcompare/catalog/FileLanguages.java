package dev.ormcompare.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The source language of a file by its extension, as the highlighters (Rouge, highlight.js, Pygments)
 * name it: {@code views.py} is {@code python}. A shell script is shown as {@code console}, the way the
 * built-in catalog shows commands.
 */
final class FileLanguages {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("ts", "typescript"), Map.entry("tsx", "tsx"),
            Map.entry("js", "javascript"), Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"),
            Map.entry("jsx", "jsx"), Map.entry("prisma", "prisma"), Map.entry("sql", "sql"),
            Map.entry("sh", "console"), Map.entry("bash", "console"), Map.entry("java", "java"),
            Map.entry("kt", "kotlin"), Map.entry("kts", "kotlin"), Map.entry("scala", "scala"),
            Map.entry("groovy", "groovy"), Map.entry("gradle", "groovy"), Map.entry("xml", "xml"),
            Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"), Map.entry("json", "json"), Map.entry("toml", "toml"),
            Map.entry("properties", "properties"), Map.entry("ini", "ini"), Map.entry("rb", "ruby"),
            Map.entry("go", "go"), Map.entry("cs", "csharp"), Map.entry("rs", "rust"), Map.entry("php", "php"),
            Map.entry("swift", "swift"), Map.entry("ex", "elixir"), Map.entry("exs", "elixir"),
            Map.entry("c", "c"), Map.entry("h", "c"), Map.entry("cpp", "cpp"), Map.entry("hpp", "cpp"),
            Map.entry("html", "html"), Map.entry("css", "css"), Map.entry("graphql", "graphql"),
            Map.entry("md", "markdown"), Map.entry("adoc", "asciidoc"), Map.entry("dart", "dart"));

    private FileLanguages() {
    }

    /** The language of a file named {@code fileName}; empty for an extension no highlighter is known to take. */
    static Optional<String> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
