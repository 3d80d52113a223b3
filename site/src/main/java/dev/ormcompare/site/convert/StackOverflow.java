package dev.ormcompare.site.convert;

import dev.ormcompare.site.Problem;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;

/**
 * The error for a page whose conversion ran out of stack: in practice includes nested deeper than
 * the stack holds (a file that includes itself, with {@code max-include-depth} raised). Located at
 * the include directive Asciidoctor reached last, which is the deepest.
 */
final class StackOverflow {

    private StackOverflow() {
    }

    /**
     * @param lastInclude     the include directive reached last; {@code null} when none was
     * @param maxIncludeDepth the {@code max-include-depth} attribute of the build, if set
     */
    static Problem problem(Path page, InputRecorder.Include lastInclude, Object maxIncludeDepth) {
        String depth = maxIncludeDepth == null ? "" : " (max-include-depth is " + maxIncludeDepth + ")";
        if (lastInclude == null) {
            return new Problem(Severity.ERROR, page, 0, "the conversion of this page ran out of stack; "
                    + "give converter JVMs more stack with -Xss in <jvmArgs>, e.g. -Xss8m");
        }
        return new Problem(Severity.ERROR, lastInclude.file(), lastInclude.line(), "includes nested too deep: the "
                + "conversion ran out of stack at this include of '" + lastInclude.target() + "'" + depth
                + "; a file that includes itself, directly or through others, never ends: lower max-include-depth "
                + "(64 by default) to have Asciidoctor stop it, or give converter JVMs more stack with -Xss in <jvmArgs>");
    }
}
