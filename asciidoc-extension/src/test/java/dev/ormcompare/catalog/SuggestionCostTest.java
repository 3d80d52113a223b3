package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Did you mean" is a bounded search: a name far longer than any name a docs writer types is no
 * typo, so it is compared with nothing; other names are compared in a bounded way and still found
 * among many.
 */
class SuggestionCostTest {

    private static final List<String> MANY = IntStream.range(0, 20_000).mapToObj(i -> "orm-" + i).toList();

    /** The candidates, counting how many of them the search reads. */
    private static final class Counted extends AbstractCollection<String> {

        private final List<String> names;
        private int read;

        Counted(List<String> names) {
            this.names = names;
        }

        @Override
        public Iterator<String> iterator() {
            Iterator<String> all = names.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public String next() {
                    read++;
                    return all.next();
                }
            };
        }

        @Override
        public int size() {
            return names.size();
        }
    }

    @Test
    void aNameFarLongerThanAnyTypedNameIsComparedWithNone() {
        Counted candidates = new Counted(MANY);

        assertThat(Suggestions.closest("orm-1".repeat(2_000), candidates)).isEmpty();
        assertThat(candidates.read).isZero();
    }

    @Test
    void aTypoIsStillFoundAmongTwentyThousandNames() {
        assertThat(Suggestions.closest("orm-1234x", MANY)).contains("orm-1234");
        assertThat(Suggestions.closest("Orm 19999", MANY)).contains("orm-19999");
    }

    @Test
    void theEditDistanceStopsOnceItExceedsItsLimit() {
        assertThat(Suggestions.distance("a".repeat(90), "b".repeat(90), 3)).isEqualTo(4);
        assertThat(Suggestions.distance("nmae", "name", 3)).isEqualTo(1);
        assertThat(Suggestions.distance("django", "djano", 3)).isEqualTo(1);
    }
}
