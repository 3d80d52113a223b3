package dev.ormcompare.asciidoctor;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts real AsciiDoc files with a real Asciidoctor that found ormcompare through the SPI, as a
 * user's build would. One instance per test class (booting JRuby takes seconds); log records are
 * collected per conversion.
 */
final class Conversion implements AutoCloseable {

    private final Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    private final List<LogRecord> records = new ArrayList<>();
    private final Path directory;

    Conversion(Path directory) {
        this.directory = directory;
        asciidoctor.registerLogHandler(records::add);
    }

    /** Writes {@code guide.adoc} and converts it to an embedded HTML5 body, read as the body it is. */
    Document html(String adoc) {
        return Jsoup.parseBodyFragment(convert("guide.adoc", adoc, "html5", false, Map.of()));
    }

    /** Writes {@code guide.adoc} and converts it to a standalone HTML5 page. */
    Document standaloneHtml(String adoc) {
        return Jsoup.parse(convert("guide.adoc", adoc, "html5", true, Map.of()));
    }

    /** Writes {@code fileName} and converts it to a standalone HTML5 page, the text a site would serve. */
    String standalonePage(String fileName, String adoc) {
        return convert(fileName, adoc, "html5", true, Map.of());
    }

    /** Writes {@code fileName} (and any files it includes, written beforehand) and converts it. */
    String convert(String fileName, String adoc, String backend, boolean standalone, Map<String, Object> attributes) {
        return convert(fileName, adoc, backend, standalone, attributes, SafeMode.SAFE);
    }

    /** As above, in the given safe mode. */
    String convert(String fileName, String adoc, String backend, boolean standalone, Map<String, Object> attributes,
                   SafeMode safeMode) {
        records.clear();
        Path file = write(fileName, adoc);
        var attributeBuilder = Attributes.builder();
        attributes.forEach(attributeBuilder::attribute);
        return asciidoctor.convertFile(file.toFile(), Options.builder()
                .safe(safeMode)
                .toFile(false)
                .standalone(standalone)
                .backend(backend)
                .attributes(attributeBuilder.build())
                .build());
    }

    Path write(String fileName, String content) {
        try {
            Path file = directory.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records the last conversion logged. */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
