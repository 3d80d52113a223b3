package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.CatalogCache;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's macros share one check of the catalog's files: however many macros a page has, the
 * catalog directory is listed and its inputs looked at once per document, not once per macro. The
 * look-ups are counted where the catalog cache takes its stamps.
 */
class CatalogCheckedOncePerDocumentTest {

    private static final int SOURCES = 30;

    @TempDir
    static Path directory;
    private static Asciidoctor asciidoctor;
    private static final AtomicInteger stamps = new AtomicInteger();
    private static final AtomicInteger inputsLookedAt = new AtomicInteger();

    @BeforeAll
    static void startAsciidoctorCountingCatalogLookUps() throws IOException {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.unregisterAllExtensions(); // the one found through the SPI; this one counts
        OrmCompareExtensionRegistry.register(asciidoctor, new DocumentCatalog(new CatalogCache((dir, inputs) -> {
            stamps.incrementAndGet();
            inputsLookedAt.addAndGet(inputs.size());
            return CatalogCache.stamp(dir, inputs);
        })));
        StringBuilder catalog = new StringBuilder("[topic,id=seed,title=\"Seed Data\"]\n");
        for (int i = 0; i < SOURCES; i++) {
            Files.writeString(directory.resolve("Seed" + i + ".java"), "// tag::seed[]\nseed(" + i + ");\n// end::seed[]\n");
            catalog.append("[orm,id=orm").append(i).append(",name=\"ORM ").append(i).append("\"]\n")
                    .append("[snippet,topic=seed,orm=orm").append(i).append(",include=../Seed").append(i)
                    .append(".java,tag=seed]\n");
        }
        Files.createDirectories(directory.resolve("catalog"));
        Files.writeString(directory.resolve("catalog/team.adoc"), catalog);
    }

    @AfterAll
    static void stopAsciidoctor() {
        asciidoctor.close();
    }

    @BeforeEach
    void resetCounts() {
        stamps.set(0);
        inputsLookedAt.set(0);
    }

    private static Document convertPageWithManyMacros() throws IOException {
        StringBuilder page = new StringBuilder(":ormcompare-catalog: catalog\n:ormcompare-picker:\n\n");
        for (int i = 0; i < 100; i++) {
            page.append("ormcompare::seed[orms=\"orm").append(i % SOURCES).append(",orm").append((i + 1) % SOURCES)
                    .append("\"]\n\n");
        }
        page.append("ormmatrix::[]\n\normpicker::[]\n\n|===\na|ormcompare::seed[orms=orm3]\n|===\n");
        Path file = Files.writeString(directory.resolve("guide.adoc"), page);
        return Jsoup.parse(asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).toFile(false)
                .build()));
    }

    @Test
    void oneCheckPerDocumentHoweverManyMacros() throws IOException {
        Document first = convertPageWithManyMacros();
        int firstStamps = stamps.getAndSet(0);
        Document second = convertPageWithManyMacros();

        assertThat(first.select(".ormcompare-error")).isEmpty();
        assertThat(first.select(".ormcompare [role=tablist]")).hasSize(101);
        assertThat(second.select(".ormcompare [role=tablist]")).hasSize(101);
        assertThat(firstStamps).isEqualTo(1);
        assertThat(stamps.get()).isEqualTo(1);
        assertThat(inputsLookedAt.get()).isEqualTo(2 * (1 + SOURCES));
    }

    @Test
    void nextDocumentSeesAChangedSource() throws IOException {
        assertThat(convertPageWithManyMacros().select("pre").eachText()).doesNotContain("changed();");
        Path source = directory.resolve("Seed0.java");
        Files.writeString(source, "// tag::seed[]\nchanged();\n// end::seed[]\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 5000));

        Document html = convertPageWithManyMacros();

        assertThat(html.select("pre").eachText()).contains("changed();");
    }
}
