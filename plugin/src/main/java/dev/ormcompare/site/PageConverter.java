package dev.ormcompare.site;

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
 * Asciidoctor for a whole run (booting it takes seconds), found with the ormcompare extension
 * through its SPI as any other user's would. Safe to call from several threads at once: each
 * thread gets an Asciidoctor of its own, booted on first use and kept for the run. (Sharing one
 * across threads is not safe with Rouge: its lexers compile their states lazily, and two threads
 * doing so at once were seen to highlight SQL as errors.)
 */
public final class PageConverter implements AutoCloseable {

    /** What converting (or only reading) one page gave. */
    public record Result(String html, List<Problem> problems) {
    }

    /**
     * AsciidoctorJ also prints every message through java.util.logging; the plugin reports them itself
     * (with file and line, at Maven's levels), so that copy is muted while a converter is open.
     */
    private static final Logger ASCIIDOCTOR_JUL_LOGGER = Logger.getLogger("asciidoctor");

    private final Level previousJulLevel;
    private final Map<String, Object> attributes;
    private final List<Asciidoctor> booted = new ArrayList<>();
    private final ThreadLocal<Asciidoctor> asciidoctors = ThreadLocal.withInitial(this::boot);
    private final ThreadLocal<List<org.asciidoctor.log.LogRecord>> records = ThreadLocal.withInitial(ArrayList::new);

    /** @param attributes document attributes for every page */
    public PageConverter(Map<String, Object> attributes) {
        this.previousJulLevel = ASCIIDOCTOR_JUL_LOGGER.getLevel();
        ASCIIDOCTOR_JUL_LOGGER.setLevel(Level.OFF);
        this.attributes = Map.copyOf(attributes);
    }

    private Asciidoctor boot() {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(record -> records.get().add(record));
        synchronized (booted) {
            booted.add(asciidoctor);
        }
        return asciidoctor;
    }

    /** Converts a page to a standalone HTML page. */
    Result convert(Path page) {
        records.get().clear();
        String html = asciidoctors.get().convertFile(page.toFile(), options().toFile(false).standalone(true).build());
        return new Result(html, problems(page));
    }

    /** Reads a page as Asciidoctor would for converting it, so every macro runs, without writing anything. */
    public Result check(Path page) {
        records.get().clear();
        asciidoctors.get().loadFile(page.toFile(), options().build());
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
        synchronized (booted) {
            booted.forEach(Asciidoctor::close);
            booted.clear();
        }
        ASCIIDOCTOR_JUL_LOGGER.setLevel(previousJulLevel);
    }
}
