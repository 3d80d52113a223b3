package dev.ormcompare.asciidoctor;

import dev.ormcompare.catalog.BuiltInCatalog;
import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.CatalogCache;
import dev.ormcompare.catalog.CatalogException;
import dev.ormcompare.catalog.CatalogWarning;
import dev.ormcompare.catalog.Jail;
import dev.ormcompare.catalog.Printable;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Processor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog a document uses: the built-in one, with the directory named by the document
 * attribute {@code ormcompare-catalog} (resolved against the document's directory) read over it.
 */
final class DocumentCatalog {

    /** Document attribute naming a user catalog directory. */
    static final String ATTRIBUTE = "ormcompare-catalog";

    private final CatalogCache cache;

    /**
     * What the document this thread is reading found, per value of {@link #ATTRIBUTE}: its macros share
     * one check of the catalog's files instead of listing and looking at them each. Asciidoctor reads a
     * document on one thread; {@link #startDocument} clears it before each document.
     */
    private final ThreadLocal<Map<String, Outcome>> checkedInThisDocument = ThreadLocal.withInitial(HashMap::new);

    /** A catalog, or why there is none. */
    private record Outcome(Catalog catalog, Unavailable failure) {
    }

    DocumentCatalog() {
        this(new CatalogCache());
    }

    DocumentCatalog(CatalogCache cache) {
        this.cache = cache;
    }

    /** Why a document's catalog could not be had; {@code mistake} is set for a mistake in a catalog file. */
    static final class Unavailable extends Exception {
        private final transient CatalogException mistake;
        private final boolean firstReport;

        Unavailable(String message) {
            this(message, null, null, false);
        }

        Unavailable(String message, Throwable cause, CatalogException mistake, boolean firstReport) {
            super(message, cause);
            this.mistake = mistake;
            this.firstReport = firstReport;
        }

        /** The same failure met again by a later macro of the document: already reported. */
        Unavailable again() {
            return firstReport ? new Unavailable(getMessage(), getCause(), mistake, false) : this;
        }

        Optional<CatalogException> mistake() {
            return Optional.ofNullable(mistake);
        }

        /** True the first time a document meets this mistake, so it is logged once per page, not once per macro. */
        boolean firstReport() {
            return firstReport;
        }
    }

    private static final int SAFE = 1;
    private static final int SECURE = 20;

    /** In SAFE mode and above, Asciidoctor keeps a document to files below its base directory; so does the catalog. */
    private static Jail jail(Document document, Path base) {
        if (safeModeLevel(document) < SAFE) {
            return Jail.NONE;
        }
        Object name = document.getAttribute("safe-mode-name");
        return new Jail(base, name == null ? "SAFE" : name.toString().toUpperCase(java.util.Locale.ROOT));
    }

    private static int safeModeLevel(Document document) {
        Object level = document.getAttribute("safe-mode-level");
        return level == null ? 0 : Integer.parseInt(level.toString());
    }

    /**
     * The document's base directory: the base_dir option, else its own directory (docdir). From
     * SERVER mode on, Asciidoctor hides docdir from the document; then only the option tells.
     */
    private static Optional<Path> baseDirectory(Document document) {
        Object baseDir = document.getOptions().get("base_dir");
        if (baseDir != null) {
            return Optional.of(Path.of(baseDir.toString()));
        }
        Object docdir = document.getAttribute("docdir");
        return docdir == null || docdir.toString().isEmpty() ? Optional.empty() : Optional.of(Path.of(docdir.toString()));
    }

    /** Called before a document is read, so each document checks its catalog's files afresh. */
    void startDocument() {
        checkedInThisDocument.get().clear();
    }

    /**
     * The document's catalog: the entry point of every macro, checked once per document. What the
     * catalog skipped while reading is logged at WARN by the first macro of each document, as its
     * mistakes are; the page then depends on every file of the catalog, so fixing them renders it again.
     */
    Catalog of(Document document, Processor processor) throws Unavailable {
        Object configured = document.getAttribute(ATTRIBUTE);
        if (configured == null || configured.toString().isBlank()) {
            return BuiltInCatalog.get();
        }
        Map<String, Outcome> checked = checkedInThisDocument.get();
        Outcome earlier = checked.get(configured.toString());
        if (earlier != null && earlier.failure() != null) {
            throw earlier.failure().again();
        }
        if (earlier != null) {
            return earlier.catalog();
        }
        try {
            Catalog catalog = load(document, configured);
            checked.put(configured.toString(), new Outcome(catalog, null));
            if (!catalog.warnings().isEmpty()) {
                CatalogReads.read(catalog.inputs());
                for (CatalogWarning warning : catalog.warnings()) {
                    processor.log(new LogRecord(Severity.WARN, new FileCursor(Path.of(warning.source()), 0),
                            warning.problem()));
                }
            }
            return catalog;
        } catch (Unavailable e) {
            checked.put(configured.toString(), new Outcome(null, e));
            throw e;
        }
    }

    private Catalog load(Document document, Object configured) throws Unavailable {
        if (safeModeLevel(document) >= SECURE) {
            throw new Unavailable("safe mode SECURE reads no files, so the catalog directory '" + configured
                    + "' (document attribute " + ATTRIBUTE + ") is not read; convert in a lower safe mode");
        }
        Path base = baseDirectory(document).orElseThrow(() -> new Unavailable("safe mode SERVER hides the document's "
                + "directory, so the catalog directory '" + configured + "' (document attribute " + ATTRIBUTE
                + ") cannot be found; pass the base_dir option"));
        Path directory;
        try {
            directory = base.resolve(configured.toString().strip()).normalize();
        } catch (InvalidPathException e) {
            throw new Unavailable("the catalog directory '" + Printable.of(configured.toString()) + "' (document attribute "
                    + ATTRIBUTE + ") is not a path a directory can have (" + e.getReason() + "); point " + ATTRIBUTE
                    + " at a directory of catalog files");
        }
        CatalogReads.read(directory); // read even when it is missing: creating it changes the page
        Jail jail = jail(document, base);
        if (!jail.allows(directory)) {
            Path leadsTo = Jail.whereItLeads(directory);
            throw new Unavailable("the catalog directory " + directory + (leadsTo.equals(directory) ? "" : ", a link to "
                    + leadsTo + ",") + " (document attribute " + ATTRIBUTE + ") is outside " + jail.describe()
                    + "; move it below, or convert in UNSAFE mode");
        }
        if (!directory.toFile().isDirectory()) {
            throw new Unavailable("the catalog directory " + directory + " (document attribute " + ATTRIBUTE
                    + (directory.toFile().exists() ? ") is not a directory" : ") does not exist")
                    + "; create it or point " + ATTRIBUTE + " at a directory of catalog files");
        }
        try {
            CatalogCache.Result result = cache.get(directory, jail);
            if (!result.ok()) {
                CatalogReads.unknown(); // the fix may be a file the broken catalog could not even name
                // Logged by the first macro of each document that meets it: what a page logs depends on
                // its own files only, so an incremental build can replay it.
                throw new Unavailable("the catalog has a mistake: " + result.mistake().getMessage(), result.mistake(),
                        result.mistake(), true);
            }
            // What decides which topics exist; each macro adds the files of the topic it shows.
            CatalogReads.read(result.catalog().sharedInputs());
            return result.catalog();
        } catch (IOException e) {
            CatalogReads.unknown();
            throw new Unavailable("cannot read the catalog directory " + directory + ": " + e, e, null, false);
        }
    }
}
