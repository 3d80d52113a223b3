package dev.ormcompare.site.convert;

import dev.ormcompare.asciidoctor.CatalogReads;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records the files one Asciidoctor reads while converting a page, as Asciidoctor itself opens
 * them. Asciidoctor asks every include processor whether it handles a target before it includes
 * it; this one only notes the target, resolved as Asciidoctor resolves it (against the folder of
 * the file holding the directive, which the document's reader tells), and says no, so Asciidoctor
 * includes it as always. The catalog files the macros read come through {@link CatalogReads}.
 * One recorder per Asciidoctor, one conversion at a time.
 */
final class InputRecorder implements CatalogReads.Listener {

    private static final Pattern URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9.+-]+:/{0,2}");

    /** An include directive: the file and line it is on, and what it names. */
    record Include(Path file, int line, String target) {
    }

    private final Set<Path> files = new HashSet<>();
    private final List<PageHeader.Include> includes = new ArrayList<>();
    private boolean isVolatile;
    private PreprocessorReader reader;
    private Path pageDirectory;
    private Include lastInclude;

    /** Adds the recorder to {@code asciidoctor}; every later conversion there is recorded. */
    void registerWith(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry()
                .preprocessor(new Preprocessor() {
                    @Override
                    public Reader process(Document document, PreprocessorReader documentReader) {
                        reader = documentReader;
                        return documentReader;
                    }
                })
                .includeProcessor(new IncludeProcessor() {
                    @Override
                    public boolean handles(String target) {
                        include(target);
                        return false;
                    }

                    @Override
                    public void process(Document document, PreprocessorReader reader, String target,
                                        Map<String, Object> attributes) {
                        throw new IllegalStateException("handles no include: " + target);
                    }
                });
    }

    /** Starts recording the conversion of {@code page} on this thread. */
    void start(Path page) {
        files.clear();
        includes.clear();
        isVolatile = false;
        reader = null;
        lastInclude = null;
        pageDirectory = page.toAbsolutePath().getParent();
        read(page);
        CatalogReads.listen(this);
    }

    /** The include directives followed so far, in reading order: what makes a book's chapters its children. */
    List<PageHeader.Include> includes() {
        return List.copyOf(includes);
    }

    /** What the conversion read, with the files only the converted document can name. */
    PageInputs finish(Document document) {
        DocumentInputs.of(document).forEach(this::read);
        return new PageInputs(files, isVolatile);
    }

    /** What a conversion that broke off read so far: volatile, so that it is converted again. */
    PageInputs broken() {
        return new PageInputs(files, true);
    }

    /** The include directive Asciidoctor reached last, if any: where a conversion that broke off was. */
    Include lastInclude() {
        return lastInclude;
    }

    /** Stops recording on this thread, whether the conversion finished or failed. */
    void stop() {
        CatalogReads.stopListening();
        reader = null;
    }

    private void include(String target) {
        if (reader != null && reader.getFile() != null) {
            lastInclude = new Include(Path.of(reader.getFile()), reader.getLineNumber(), target);
        }
        String dir = reader == null ? null : reader.getDir();
        if (URI.matcher(target).find() || dir == null || URI.matcher(dir).find()) {
            isVolatile = true; // a URL, or a file named relative to one: nothing to check later
            return;
        }
        try {
            Path file = Path.of(dir).resolve(target);
            read(file);
            if (reader.getFile() != null) {
                includes.add(new PageHeader.Include(Path.of(reader.getFile()).toAbsolutePath().normalize(),
                        file.toAbsolutePath().normalize()));
            }
            // In an AsciiDoc table cell (a nested document, which preprocessors never see) includes
            // resolve against the page's directory instead: noting both is exact, or one extra file.
            read(pageDirectory.resolve(target));
        } catch (InvalidPathException e) {
            isVolatile = true; // Asciidoctor reports it; the page stays volatile until it is fixed
        }
    }

    @Override
    public void read(Path path) {
        files.add(path.toAbsolutePath().normalize());
    }

    @Override
    public void unknown() {
        isVolatile = true;
    }
}
