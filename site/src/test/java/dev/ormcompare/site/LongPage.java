package dev.ormcompare.site;

/**
 * A long page with sections three levels deep, for the page table of contents: {@code sections} chapters,
 * each with two subsections, one of which has a third level, and paragraphs enough that each section
 * is taller than a window.
 */
final class LongPage {

    private LongPage() {
    }

    /** The page's source, with {@code header} (attribute lines) under its title. */
    static String source(String title, String header, int sections) {
        StringBuilder page = new StringBuilder("= ").append(title).append('\n').append(header).append("\n\n")
                .append("A page long enough to need a table of contents beside it.\n\n");
        String words = "Migrations keep the schema and the code in step, one reviewed change at a time. ";
        for (int s = 1; s <= sections; s++) {
            page.append("== Section ").append(s).append("\n\n").append((words.repeat(6) + "\n\n").repeat(3));
            for (int sub = 1; sub <= 2; sub++) {
                page.append("=== Part ").append(s).append('.').append(sub).append("\n\n").append((words.repeat(5) + "\n\n").repeat(3));
                if (sub == 2) {
                    page.append("==== Detail ").append(s).append(".2.1\n\n").append(words.repeat(4)).append("\n\n");
                }
            }
        }
        return page.toString();
    }
}
