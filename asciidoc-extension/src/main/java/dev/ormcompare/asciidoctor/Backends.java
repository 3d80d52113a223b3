package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;

/** Which output a document is converted to, as far as ormcompare cares. */
final class Backends {

    private Backends() {
    }

    /**
     * True for HTML output, which gets tabs. asciidoctorj-pdf reports the basebackend html too,
     * so the backend itself is checked as well.
     */
    static boolean showsTabs(Document document) {
        Object backend = document.getAttribute("backend");
        return document.isBasebackend("html") && !"pdf".equals(backend);
    }
}
