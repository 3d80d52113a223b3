package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blank lines around and inside a tagged region: the ones at its ends are dropped, the ones inside
 * kept empty, however many there are (the work grows with the file, not with its square).
 */
class SourceRegionBlankLinesTest {

    private static final int MANY = 300_000;

    @Test
    void manyBlankLinesAroundAndInsideARegionLeaveTheCodeWithItsInnerBlankLines() {
        String blank = "\n".repeat(MANY);
        String text = "class A {\n    // tag::apply[]\n" + blank + "    first();\n" + "   \n".repeat(MANY)
                + "        second();\n" + blank + "    // end::apply[]\n}\n";

        String code = SourceRegion.extract(text, "apply", "A.java");

        assertThat(code).startsWith("first();\n\n").endsWith("\n\n    second();");
        assertThat(code.length()).isEqualTo("first();".length() + MANY + 1 + "    second();".length());
        assertThat(code.chars().filter(c -> c != '\n').count()).isEqualTo("first();    second();".length());
    }

    @Test
    void regionOfOnlyBlankLinesIsEmpty() {
        assertThat(SourceRegion.extract("// tag::x[]\n" + "  \n".repeat(MANY) + "// end::x[]\n", "x", "A.java")).isEmpty();
    }

    @Test
    void lastLineOfControlCharactersIsKeptOnItsOwnLine() {
        // A next-line character (U+0085) is code here, not a line break: the code keeps its two lines.
        String code = SourceRegion.extract("// tag::x[]\nx\n\u0085\n// end::x[]\n", "x", "A.java");

        assertThat(code).isEqualTo("x\n\u0085");
    }
}
