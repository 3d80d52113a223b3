package dev.ormcompare.bench;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.Orm;
import dev.ormcompare.catalog.Snippet;
import dev.ormcompare.catalog.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated AsciiDoc pages: the same comparisons written once with the {@code ormcompare} macro
 * and once by hand (each ORM's snippet as a titled source listing). Pseudo-random but seeded, so
 * every run of the benchmark converts the same text.
 */
final class Corpus {

    /** One comparison: a topic and the ORMs it shows, in tab order. */
    record Block(Topic topic, List<Orm> orms) {
    }

    /** How a page writes its comparisons. */
    enum Style {
        /** One {@code ormcompare::} line each. */
        MACROS,
        /** The same, naming each topic by its qualified id ({@code ormcompare::setup/connect[...]}), as pages over a catalog tree do. */
        QUALIFIED_MACROS,
        /** Each ORM's note and snippet as a titled source listing, as a docs writer types it without the macro. */
        BY_HAND,
        /** Left out: the sections and prose alone, to tell what the comparisons add to a page. */
        PROSE_ONLY
    }

    private final Catalog catalog;

    Corpus(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * {@code count} comparisons of two to four ORMs each, cycling through the topics that have four such ORMs
     * or more. Only cells of one file that sent no SQL take part: a page written by hand shows the same as the
     * macro for those. (Most Java snippets show the SQL they sent; topics of one or two plain cells would make
     * blocks of one ORM, whose tab bar weighs more than its listing, and B1 would no longer measure the blocks
     * a docs writer writes.)
     */
    List<Block> blocks(int count, long seed) {
        Random random = new Random(seed);
        List<Topic> topics = catalog.topicsWithCells().stream().filter(topic -> plainCells(topic).size() >= 4).toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Topic topic = topics.get(i % topics.size());
            List<Orm> candidates = new ArrayList<>(plainCells(topic));
            int size = 2 + random.nextInt(3);
            List<Orm> chosen = new ArrayList<>();
            while (chosen.size() < size && !candidates.isEmpty()) {
                chosen.add(candidates.remove(random.nextInt(candidates.size())));
            }
            blocks.add(new Block(topic, List.copyOf(chosen)));
        }
        return blocks;
    }

    /** The ORMs whose snippet for the topic is one file that sent no SQL. */
    private List<Orm> plainCells(Topic topic) {
        return catalog.ormsWith(topic).stream().filter(orm -> {
            Snippet snippet = catalog.snippet(topic, orm).orElseThrow();
            return snippet.files().size() == 1 && snippet.sql().isEmpty();
        }).toList();
    }

    /** The topic's short id where it names this topic, else its qualified id ({@code transactions/rollback}). */
    private String typedId(Topic topic) {
        return catalog.findTopic(topic.id()).filter(topic::equals).isPresent() ? topic.id() : topic.qualifiedId();
    }

    /** A page of the given comparisons, each under its own section with a sentence of prose. */
    String page(String title, List<Block> blocks, Style style) {
        StringBuilder page = new StringBuilder("= ").append(title).append("\n\n");
        page.append("This page compares how ORMs handle database migrations, one task per section.\n\n");
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            page.append("== ").append(block.topic().title()).append(" (").append(i + 1).append(")\n\n");
            page.append("The same task in ").append(block.orms().size())
                    .append(" ORMs; each keeps its migration history in the database it migrates.\n\n");
            switch (style) {
                case MACROS -> appendMacro(page, typedId(block.topic()), block);
                case QUALIFIED_MACROS -> appendMacro(page, block.topic().qualifiedId(), block);
                case BY_HAND -> appendListings(page, block);
                case PROSE_ONLY -> { }
            }
        }
        return page.toString();
    }

    private static void appendMacro(StringBuilder page, String topic, Block block) {
        page.append("ormcompare::").append(topic).append("[orms=\"")
                .append(String.join(",", block.orms().stream().map(Orm::id).toList())).append("\"]\n\n");
    }

    /** What a docs writer types without the macro: per ORM, its note and its snippet titled with its name. */
    private void appendListings(StringBuilder page, Block block) {
        for (Orm orm : block.orms()) {
            Snippet snippet = catalog.snippet(block.topic(), orm).orElseThrow();
            if (snippet.hasNote()) {
                page.append(snippet.note()).append("\n\n");
            }
            String fence = fence(snippet.code());
            page.append('.').append(orm.name()).append('\n')
                    .append("[source,").append(snippet.language()).append("]\n")
                    .append(fence).append('\n').append(snippet.code()).append('\n').append(fence).append("\n\n");
        }
    }

    /** Four dashes, or more than the longest line of dashes in the code. */
    private static String fence(String code) {
        int longest = code.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && line.chars().allMatch(c -> c == '-'))
                .mapToInt(String::length).max().orElse(0);
        return "-".repeat(Math.max(4, longest + 1));
    }
}
