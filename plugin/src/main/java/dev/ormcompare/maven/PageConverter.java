package dev.ormcompare.maven;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Asciidoctor for a whole run (booting it takes seconds), which finds the ormcompare extension
 * through its SPI as any other user's would. Safe to call from several threads at once: each
 * call collects the messages logged on its own thread.
 */
final class PageConverter implements AutoCloseable {

    /** What converting (or only reading) one page gave. */
    record Result(String html, List<Problem> problems) {
    }

    /**
     * AsciidoctorJ also prints every message through java.util.logging; the plugin reports them itself
     * (with file and line, at Maven's levels), so that copy is muted while a converter is open.
     */
    private static final Logger ASCIIDOCTOR_JUL_LOGGER = Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final Level previousJulLevel;
    private final Map<String, Object> attributes;
    private final ThreadLocal<List<org.asciidoctor.log.LogRecord>> records = ThreadLocal.withInitial(ArrayList::new);

    /** @param attributes document attributes for every page */
    PageConverter(Map<String, Object> attributes) {
        this.previousJulLevel = ASCIIDOCTOR_JUL_LOGGER.getLevel();
        ASCIIDOCTOR_JUL_LOGGER.setLevel(Level.OFF);
        this.asciidoctor = Asciidoctor.Factory.create();
        this.attributes = Map.copyOf(attributes);
        asciidoctor.registerLogHandler(record -> records.get().add(record));
    }

    /** Converts a page to a standalone HTML page. */
    Result convert(Path page) {
        records.get().clear();
        String html = asciidoctor.convertFile(page.toFile(), options().toFile(false).standalone(true).build());
        return new Result(html, problems(page));
    }

    /** Reads a page as Asciidoctor would for converting it, so every macro runs, without writing anything. */
    Result check(Path page) {
        records.get().clear();
        asciidoctor.loadFile(page.toFile(), options().build());
        return new Result("", problems(page));
    }

    private org.asciidoctor.OptionsBuilder options() {
        Attributes pageAttributes = Attributes.builder().build();
        pageAttributes.setAttributes(attributes);
        // UNSAFE, as asciidoctor-maven-plugin: a docs build may include the project's tested sources.
        // Includes resolve against each page's own directory.
        return Options.builder()
                .safe(SafeMode.UNSAFE)
                .attributes(pageAttributes);
    }

    private List<Problem> problems(Path page) {
        List<Problem> problems = new ArrayList<>();
        for (org.asciidoctor.log.LogRecord record : records.get()) {
            problems.add(Problem.of(record, page));
        }
        records.get().clear();
        return problems;
    }

    @Override
    public void close() {
        asciidoctor.close();
        ASCIIDOCTOR_JUL_LOGGER.setLevel(previousJulLevel);
    }
}
