package dev.ormcompare.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The catalogs shipped inside the jar: the topics (ORM Party's 68 scenarios) and migrations in 12 ORMs from ORM Party. */
public final class BuiltInCatalog {

    /** Where the built-in catalog files lie on the classpath, read in this order. */
    public static final List<String> RESOURCES = List.of("/dev/ormcompare/catalog/topics.adoc",
            "/dev/ormcompare/catalog/migrations.adoc");

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
}
