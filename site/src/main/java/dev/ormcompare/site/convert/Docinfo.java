package dev.ormcompare.site.convert;

import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.runtime.builtin.IRubyObject;

/**
 * A page's docinfo (files and docinfo processors), which Asciidoctor adds to standalone pages only:
 * a site that puts the body in its own page asks the document for it, as Asciidoctor's own
 * converter does, so that the page's {@code :docinfo:} settings keep working. AsciidoctorJ has no
 * Java method for it, so this calls the document's Ruby method {@code docinfo(location)}.
 */
final class Docinfo {

    private Docinfo() {
    }

    static String head(Document document) {
        return docinfo(document, "head");
    }

    /** What Asciidoctor puts at the top of a standalone page's body: {@code docinfo-header.html} files. */
    static String header(Document document) {
        return docinfo(document, "header");
    }

    static String footer(Document document) {
        return docinfo(document, "footer");
    }

    private static String docinfo(Document document, String location) {
        if (!(document instanceof RubyObjectWrapper wrapper)) {
            return "";
        }
        IRubyObject ruby = wrapper.getRubyObject();
        IRubyObject text = ruby.callMethod(ruby.getRuntime().getCurrentContext(), "docinfo",
                ruby.getRuntime().newSymbol(location));
        return text.isNil() ? "" : text.asJavaString();
    }
}
