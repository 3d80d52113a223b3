package dev.ormcompare.site.convert;

import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.Ruby;
import org.jruby.runtime.builtin.IRubyObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The site's shared docinfo: {@code docinfo.html}, {@code docinfo-header.html} and {@code docinfo-footer.html}
 * in the docs' root folder, which every page of a site gets, pages in folders too, without {@code :docinfo:}
 * or {@code docinfodir}. Substituted as Asciidoctor substitutes docinfo ({@code docinfosubs}, by default the
 * page's attributes). A page whose own {@code :docinfo: shared} already reads the same file gets it once.
 */
public final class SharedDocinfo {

    /** The document attribute that names the docs' root folder in a site; none for Asciidoctor's stock pages. */
    public static final String ROOT = "ormcompare-docinfo-root";

    private SharedDocinfo() {
    }

    /** @param location {@code head}, {@code header} or {@code footer} */
    static String of(Document document, String location) {
        Path file = file(document, location);
        if (file == null || !Files.isRegularFile(file) || readByAsciidoctor(document, location, file)) {
            return "";
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site's docinfo " + file, e);
        }
        return text.isEmpty() ? "" : substituted(document, text);
    }

    /** Every file it may read, there or not, so that creating one renders the pages again. */
    static List<Path> files(Document document) {
        List<Path> files = new ArrayList<>();
        for (String location : List.of("head", "header", "footer")) {
            Path file = file(document, location);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    private static Path file(Document document, String location) {
        Object root = document.getAttribute(ROOT);
        if (root == null || root.toString().isBlank()) {
            return null;
        }
        String suffix = String.valueOf(document.getAttribute("outfilesuffix", ".html"));
        return Path.of(root.toString()).resolve("docinfo" + (location.equals("head") ? "" : "-" + location) + suffix)
                .toAbsolutePath().normalize();
    }

    /** Asciidoctor's own docinfo of the page already has {@code file}: it is the shared file the page asked for. */
    private static boolean readByAsciidoctor(Document document, String location, Path file) {
        Object docinfo = document.getAttribute("docinfo");
        List<String> asked = docinfo == null ? List.of()
                : Arrays.stream(docinfo.toString().split(",")).map(String::strip).toList();
        boolean shared = asked.contains("shared") || asked.contains("shared-" + location)
                || document.hasAttribute("docinfo1") || document.hasAttribute("docinfo2");
        if (!shared) {
            return false;
        }
        Path base = Path.of(String.valueOf(document.getAttribute("docdir", ".")));
        Object dir = document.getAttribute("docinfodir");
        return base.resolve(dir == null ? "" : dir.toString()).resolve(file.getFileName()).toAbsolutePath().normalize()
                .equals(file);
    }

    /** As Asciidoctor's {@code Document#docinfo} substitutes a docinfo file; AsciidoctorJ has no Java method for it. */
    private static String substituted(Document document, String text) {
        if (!(document instanceof RubyObjectWrapper wrapper)) {
            return text;
        }
        IRubyObject ruby = wrapper.getRubyObject();
        Ruby runtime = ruby.getRuntime();
        Object subs = document.getAttribute("docinfosubs", "attributes");
        IRubyObject resolved = ruby.callMethod(runtime.getCurrentContext(), "resolve_subs", new IRubyObject[]{
                runtime.newString(subs.toString()), runtime.newSymbol("block"), runtime.getNil(), runtime.newString("docinfo")});
        IRubyObject result = ruby.callMethod(runtime.getCurrentContext(), "apply_subs",
                new IRubyObject[]{runtime.newString(text), resolved});
        return result.isNil() ? text : result.asJavaString();
    }
}
