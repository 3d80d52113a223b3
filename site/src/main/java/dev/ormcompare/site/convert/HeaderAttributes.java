package dev.ormcompare.site.convert;

import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.runtime.builtin.IRubyObject;

import java.util.Map;

/**
 * The attributes a document's header sets, without those its body sets later: a book that includes
 * its chapters would otherwise take the {@code :navtitle:} of the last chapter that sets one.
 * Asciidoctor keeps them as the document's {@code @header_attributes} (which it restores before
 * converting); AsciidoctorJ has no Java method for them, so this reads the Ruby variable, as
 * {@link Docinfo} calls a Ruby method.
 */
final class HeaderAttributes {

    private HeaderAttributes() {
    }

    /** The header's value of {@code name} (lower case), or null; the document's value when the header's cannot be read. */
    static Object of(Document document, String name) {
        if (!(document instanceof RubyObjectWrapper wrapper)) {
            return document.getAttribute(name);
        }
        IRubyObject ruby = wrapper.getRubyObject();
        IRubyObject header = ruby.callMethod(ruby.getRuntime().getCurrentContext(), "instance_variable_get",
                ruby.getRuntime().newSymbol("@header_attributes"));
        if (!(header instanceof Map<?, ?> attributes)) {
            return document.getAttribute(name);
        }
        return attributes.get(name);
    }
}
