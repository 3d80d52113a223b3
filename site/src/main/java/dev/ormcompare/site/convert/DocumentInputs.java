package dev.ormcompare.site.convert;

import org.asciidoctor.ast.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a converted document read besides its includes, named by its attributes as Asciidoctor
 * names them: docinfo files (shared and private, head, header and footer, whichever of them
 * exist) and a custom stylesheet embedded in the page.
 */
final class DocumentInputs {

    private DocumentInputs() {
    }

    static List<Path> of(Document document) {
        List<Path> files = new ArrayList<>();
        Path base = Path.of(attribute(document, "docdir", "."));
        if (usesDocinfo(document)) {
            Path dir = base.resolve(attribute(document, "docinfodir", ""));
            String suffix = attribute(document, "outfilesuffix", ".html");
            String docname = attribute(document, "docname", "");
            for (String location : List.of("", "-header", "-footer")) {
                files.add(dir.resolve("docinfo" + location + suffix));
                if (!docname.isEmpty()) {
                    files.add(dir.resolve(docname + "-docinfo" + location + suffix));
                }
            }
        }
        files.addAll(SharedDocinfo.files(document));
        String stylesheet = attribute(document, "stylesheet", "");
        if (!stylesheet.isEmpty() && !stylesheet.equals("DEFAULT") && !document.hasAttribute("linkcss")) {
            files.add(base.resolve(attribute(document, "stylesdir", "")).resolve(stylesheet));
        }
        return files;
    }

    private static boolean usesDocinfo(Document document) {
        return document.hasAttribute("docinfo") || document.hasAttribute("docinfo1") || document.hasAttribute("docinfo2");
    }

    private static String attribute(Document document, String name, String fallback) {
        Object value = document.getAttribute(name);
        return value == null ? fallback : value.toString();
    }
}
