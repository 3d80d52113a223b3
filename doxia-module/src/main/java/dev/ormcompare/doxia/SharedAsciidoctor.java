package dev.ormcompare.doxia;

import dev.ormcompare.asciidoctor.settings.AsciidoctorJulLog;
import dev.ormcompare.asciidoctor.settings.RememberedRouge;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one Asciidoctor of a build: booted for the first page (a JRuby start costs seconds and
 * hundreds of MiB), then reused for every page, and for every module of a reactor while Maven
 * keeps the site plugin's class realm, which holds this class and so this instance. Conversions
 * take turns: one instance converting on two threads races in Rouge and CodeRay.
 */
final class SharedAsciidoctor {

    private static final Logger LOGGER = LoggerFactory.getLogger(SharedAsciidoctor.class);

    private static SharedAsciidoctor instance;

    private final Asciidoctor asciidoctor;
    private final List<LogRecord> pageRecords = new ArrayList<>();
    private final Set<String> required = new HashSet<>();
    private final HighlighterStylesheets stylesheets;

    private SharedAsciidoctor(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
        this.stylesheets = new HighlighterStylesheets(asciidoctor);
        // Only the page being converted logs: conversions take turns.
        asciidoctor.registerLogHandler(pageRecords::add);
    }

    static synchronized SharedAsciidoctor instance() {
        if (instance == null) {
            long start = System.nanoTime();
            Asciidoctor asciidoctor = create();
            instance = new SharedAsciidoctor(asciidoctor);
            Runtime.getRuntime().addShutdownHook(new Thread(asciidoctor::close, "ormcompare-asciidoctor-close"));
            LOGGER.info("ormcompare: Asciidoctor started in {} ms; it converts every AsciiDoc page of this build",
                    (System.nanoTime() - start) / 1_000_000);
        }
        return instance;
    }

    // This module's class loader finds JRuby and, through AsciidoctorJ's extension SPI, ormcompare.
    private static Asciidoctor create() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SharedAsciidoctor.class.getClassLoader());
        try {
            Asciidoctor asciidoctor = Asciidoctor.Factory.create();
            RememberedRouge.install(asciidoctor);
            return asciidoctor;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Converts one page with {@code settings}, reading it once, and returns what it logged with it. */
    synchronized PageConversion convert(String source, SiteSettings settings) {
        for (String library : settings.requires()) {
            if (!required.contains(library)) {
                asciidoctor.requireLibrary(library);
                required.add(library); // only once loaded: a library that failed fails every page that needs it
            }
        }
        pageRecords.clear();
        // Its messages are reported with the page's path by ConversionLog, not a second time on the console.
        try (AsciidoctorJulLog.Muted muted = AsciidoctorJulLog.muteThisThread()) {
            Document document = asciidoctor.load(source, settings.options());
            String body = document.convert();
            List<LogRecord> records = List.copyOf(pageRecords); // before a first page of a Rouge style converts its sample
            return PageConversion.of(document, body, stylesheets.forPage(document, body), records);
        } finally {
            pageRecords.clear();
        }
    }
}
