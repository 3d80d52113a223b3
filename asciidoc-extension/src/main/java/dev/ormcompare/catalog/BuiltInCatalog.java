package dev.ormcompare.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The catalogs shipped inside the jar: the topics (ORM Party's 68 scenarios), migrations in 12 ORMs
 * from ORM Party, and the Java catalog (module catalog-java), whose snippets are regions of sources
 * our build runs, each with the SQL it sent. The Java catalog takes its code with {@code include=},
 * so it is read as a file inside the jar.
 */
public final class BuiltInCatalog {

    /** Where the built-in catalog files lie on the classpath, read in this order. */
    public static final List<String> RESOURCES = List.of("/dev/ormcompare/catalog/topics.adoc",
            "/dev/ormcompare/catalog/migrations.adoc");

    /** The Java catalog, read after them; its {@code include=} paths are relative to it. */
    public static final String JAVA_RESOURCE = "/dev/ormcompare/catalog/java/java.adoc";

    private static final Catalog CATALOG = load();

    private BuiltInCatalog() {
    }

    public static Catalog get() {
        return CATALOG;
    }

    /** A builder that starts with the built-in entries, for user catalogs to add to. */
    static Catalog.Builder builder() {
        return CATALOG.toBuilder();
    }

    private static Catalog load() {
        Catalog.Builder builder = Catalog.builder();
        for (String resource : RESOURCES) {
            parseText(resource, builder);
        }
        URL java = BuiltInCatalog.class.getResource(JAVA_RESOURCE);
        if (java != null) {
            try {
                CatalogParser.parse(pathOf(java), builder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in catalog " + JAVA_RESOURCE, e);
            } catch (CatalogException e) {
                throw new IllegalStateException("the built-in catalog is broken: " + e.getMessage(), e);
            }
        }
        return builder.asBuiltIn().build();
    }

    private static void parseText(String resource, Catalog.Builder builder) {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare jar is incomplete: " + resource + " is missing");
            }
            CatalogParser.parse("built-in " + resource.substring(resource.lastIndexOf('/') + 1),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalog " + resource, e);
        } catch (CatalogException e) {
            throw new IllegalStateException("the built-in catalog is broken: " + e.getMessage(), e);
        }
    }

    /** A classpath resource as a path: a file in the classes folder, or an entry of the jar it is in. */
    private static Path pathOf(URL resource) throws IOException {
        try {
            URI uri = resource.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException open) {
                // opened by an earlier load in this JVM: Path.of finds it
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IOException("the resource " + resource + " has no usable address", e);
        }
    }
}
