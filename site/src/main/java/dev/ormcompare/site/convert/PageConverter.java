package dev.ormcompare.site.convert;

import dev.ormcompare.asciidoctor.settings.AsciidoctorJulLog;
import dev.ormcompare.asciidoctor.settings.RememberedRouge;
import dev.ormcompare.site.Problem;
import dev.ormcompare.site.internal.HtmlText;
import dev.ormcompare.site.search.SearchEntries;
import dev.ormcompare.site.search.SearchIndex;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Asciidoctor for a whole run (booting it takes seconds), found with the ormcompare extension
 * through its SPI as any other user's would. Safe to call from several threads at once: each
 * conversion has an Asciidoctor to itself, taken from those booted so far or booted when all are
 * busy, and kept until {@link #close()}; so a run boots as many as it converts pages at once, and a
 * converter kept open across runs boots no more. (Sharing one Asciidoctor between threads is not
 * safe with Rouge: its lexers compile their states lazily, and two threads doing so at once were
 * seen to highlight SQL as errors.)
 */
public final class PageConverter implements Converter {

    /** What converting (or only reading) one page gave, and every file it read. */
    public record Result(ConvertedPage page, List<Problem> problems, PageInputs inputs) {
    }

    /**
     * A page Asciidoctor is done with, its body not yet read ({@link PageBody}). Reading it needs no
     * Asciidoctor, so a converter JVM reads one page's body while it converts the next.
     */
    record Converted(UnreadPage page, List<Problem> problems, PageInputs inputs) {

        /** Reads the body, on any thread: the page as the site keeps it. */
        public Result finish() {
            return new Result(page == null ? null : page.read(), problems, inputs);
        }
    }

    /** One thread's Asciidoctor, what it logs and what it reads. */
    private static final class Worker {
        final Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        final List<LogRecord> records = new ArrayList<>();
        final InputRecorder inputs = new InputRecorder();

        Worker() {
            RememberedRouge.install(asciidoctor);
            asciidoctor.registerLogHandler(records::add);
            inputs.registerWith(asciidoctor);
        }
    }

    /** A page attribute that makes a file a page even though a book includes it without a title of its own. */
    public static final String MARKED_PAGE = "ormcompare-page";

    private final Map<String, Object> attributes;
    private final boolean standalone;
    private final List<Worker> booted = new ArrayList<>();
    private final Deque<Worker> idle = new ArrayDeque<>();

    /**
     * @param attributes document attributes for every page
     * @param standalone whole HTML pages, as Asciidoctor writes them; else each page's body, title and
     *                   docinfo, for a site to put in its own page
     */
    public PageConverter(Map<String, Object> attributes, boolean standalone) {
        this.attributes = Map.copyOf(attributes);
        this.standalone = standalone;
    }

    /** An Asciidoctor no other conversion is using; give it back when done. */
    private Worker take() {
        synchronized (booted) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        Worker worker = new Worker();
        synchronized (booted) {
            booted.add(worker);
        }
        return worker;
    }

    private void giveBack(Worker worker) {
        synchronized (booted) {
            idle.push(worker);
        }
    }

    @Override
    public Result convert(Path page) {
        return convertLeavingBody(page).finish();
    }

    /** Converts a page, all but reading its body: {@link Converted#finish()} does that, on any thread. */
    Converted convertLeavingBody(Path page) {
        return run(page, true);
    }

    /**
     * Boots an Asciidoctor and converts a small page with an ormcompare block with it, so that the next
     * page converts at full speed: the extension, Rouge and its lexers load on first use (seconds).
     */
    public void warmUp() {
        Worker worker = take();
        try (AsciidoctorJulLog.Muted muted = AsciidoctorJulLog.muteThisThread()) {
            worker.asciidoctor.convert("= Warm-up\n\normcompare::[topic=apply]\n\n[source,java]\n----\nclass A {}\n----\n",
                    options().standalone(standalone).build());
        } finally {
            worker.records.clear();
            giveBack(worker);
        }
    }

    /**
     * Reads a page as Asciidoctor would for converting it, so every macro runs, without writing anything;
     * the result's page has the title and outline, no body.
     */
    public Result check(Path page) {
        return run(page, false).finish();
    }

    private Converted run(Path page, boolean convert) {
        Worker worker = take();
        worker.records.clear();
        worker.inputs.start(page);
        // The caller reports what the page logged, with file and line: AsciidoctorJ's console copy would repeat it.
        boolean usable = true;
        try (AsciidoctorJulLog.Muted muted = AsciidoctorJulLog.muteThisThread()) {
            Document document = worker.asciidoctor.loadFile(page.toFile(),
                    options().standalone(convert && standalone).build());
            UnreadPage converted = convert ? converted(document, worker.inputs.includes())
                    : UnreadPage.complete(read(document, worker.inputs.includes()));
            PageInputs inputs = worker.inputs.finish(document);
            return new Converted(converted, worker.records.stream().map(record -> Problem.of(record, page)).toList(), inputs);
        } catch (StackOverflowError e) {
            usable = false; // JRuby's state after an overflow is not to be trusted
            return new Converted(convert ? UnreadPage.complete(ConvertedPage.EMPTY) : null, List.of(StackOverflow.problem(page,
                    worker.inputs.lastInclude(), attributes.get("max-include-depth"))), worker.inputs.broken());
        } finally {
            worker.inputs.stop();
            worker.records.clear();
            if (usable) {
                giveBack(worker);
            } else {
                discard(worker);
            }
        }
    }

    private void discard(Worker worker) {
        synchronized (booted) {
            booted.remove(worker);
        }
        worker.asciidoctor.close();
    }

    private UnreadPage converted(Document document, List<PageHeader.Include> includes) {
        // Read from the tree before converting it: a conversion may change blocks.
        String search = standalone ? "" : SearchIndex.entries(SearchEntries.of(document));
        String body = document.convert();
        String title = document.getDoctitle() == null ? "" : document.getDoctitle();
        if (standalone) {
            return UnreadPage.complete(new ConvertedPage(title, navOrder(document), "", body, "", "", "", "",
                    outline(document, includes), "", List.of()));
        }
        // Read in the converter, not in the build: composing the site's page then parses no HTML.
        return new UnreadPage(new ConvertedPage(title, navOrder(document),
                joined(SharedDocinfo.of(document, "head"), Docinfo.head(document)), "",
                joined(SharedDocinfo.of(document, "footer"), Docinfo.footer(document)), search,
                joined(SharedDocinfo.of(document, "header"), Docinfo.header(document)), description(document),
                outline(document, includes), "", List.of()), HeaderDetails.after(body, document));
    }

    /** The site's shared docinfo first, then the page's own, as Asciidoctor orders shared and private docinfo. */
    private static String joined(String shared, String own) {
        return shared.isEmpty() ? own : own.isEmpty() ? shared : shared + "\n" + own;
    }

    /** The page's {@code :description:}, as a reader sees it (Asciidoctor substitutes its attribute references). */
    private static String description(Document document) {
        Object value = document.getAttribute("description");
        return value == null ? "" : HtmlText.of(value.toString()).strip();
    }

    /** What a check needs of a page it only read: its title and outline, no body. */
    private static ConvertedPage read(Document document, List<PageHeader.Include> includes) {
        return new ConvertedPage(document.getDoctitle() == null ? "" : document.getDoctitle(), navOrder(document), "", "",
                "", "", "", "", outline(document, includes), "", List.of());
    }

    /**
     * The navtitle and the mark are the header's: a book's chapters may set their own further down. A
     * document title is the header's {@code = Title}: Asciidoctor's doctitle falls back to the first
     * section's title, which a book's chapter has too.
     */
    private static PageHeader.Outline outline(Document document, List<PageHeader.Include> includes) {
        Object navTitle = HeaderAttributes.of(document, "navtitle");
        navTitle = navTitle != null ? navTitle : HeaderAttributes.of(document, "reftext");
        return new PageHeader.Outline(navTitle == null ? "" : navTitle.toString().strip(), document.hasAttribute("doctitle"),
                !document.getBlocks().isEmpty(), HeaderAttributes.of(document, MARKED_PAGE) != null, includes, List.of(), List.of());
    }

    private static int navOrder(Document document) {
        Object value = document.getAttribute("nav-order");
        try {
            return value == null ? Integer.MAX_VALUE : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private OptionsBuilder options() {
        Attributes pageAttributes = Attributes.builder().build();
        pageAttributes.setAttributes(attributes);
        // UNSAFE, as asciidoctor-maven-plugin: a docs build may include the project's tested sources.
        // Includes resolve against each page's own directory.
        return Options.builder()
                .safe(SafeMode.UNSAFE)
                .attributes(pageAttributes);
    }

    @Override
    public void close() {
        synchronized (booted) {
            booted.forEach(worker -> worker.asciidoctor.close());
            booted.clear();
            idle.clear();
        }
    }
}
