package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar that ships the built-in snippets ships their licence notice, and the project's licence. */
class LicenceNoticeTest {

    /** Ours, not a dependency's of the same name: the one beside the built-in catalog. */
    private static String resource(String name) throws IOException {
        URL catalog = BuiltInCatalog.class.getResource("migrations.adoc");
        String root = catalog.toString().substring(0, catalog.toString().indexOf("dev/ormcompare/catalog/"));
        try (InputStream in = URI.create(root + name).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void noticeGivesTheOrmPartySnippetsCopyrightAndMitLicence() throws IOException {
        assertThat(resource("META-INF/NOTICE"))
                .contains("ORM Party")
                .contains("Copyright (c) 2026 Dima Kuchin")
                .contains("Permission is hereby granted, free of charge");
    }

    @Test
    void licenceIsTheApacheLicence() throws IOException {
        assertThat(resource("META-INF/LICENSE")).contains("Apache License").contains("Version 2.0, January 2004");
    }
}
