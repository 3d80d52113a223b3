package dev.ormcompare.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog shipped inside the jar: migrations (generate, apply, rollback, status) in 12 ORMs. */
public final class BuiltInCatalog {

    /** Where the built-in catalog file lies on the classpath. */
    public static final String RESOURCE = "/dev/ormcompare/catalog/migrations.adoc";

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
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ormcompare jar is incomplete: " + RESOURCE + " is missing");
            }
            Catalog.Builder builder = Catalog.builder();
            CatalogParser.parse("built-in " + RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), builder);
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalog " + RESOURCE, e);
        } catch (CatalogException e) {
            throw new IllegalStateException("the built-in catalog is broken: " + e.getMessage(), e);
        }
    }
}
