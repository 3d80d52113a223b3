package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An error message stays a few lines long however large the input or the catalog: it quotes at
 * most a line's worth of a value and lists at most twenty known values, saying how many more
 * there are and where to see them all.
 */
class ErrorMessageSizeTest {

    private static final int ORMS = 20_000;
    private static final Catalog LARGE = largeCatalog();

    private static Catalog largeCatalog() {
        Catalog.Builder builder = Catalog.builder()
                .topic(new Topic("apply", "Apply Migration", "Migrations"))
                .topic(new Topic("status", "Migration Status", "Migrations"));
        IntStream.range(0, ORMS).forEach(i -> builder
                .orm(new Orm("orm-" + i, "ORM number " + i, "console", List.of("alias-" + i)))
                .snippet("apply", "orm-" + i, new Snippet("console", "$ migrate " + i, "")));
        return builder.build();
    }

    @Test
    void anUnknownOrmInALargeCatalogListsTwentyAndCountsTheRest() {
        assertThatThrownBy(() -> LARGE.requireOrm("nope")).isInstanceOf(ComparisonException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("unknown ORM 'nope'. Known ORMs: orm-0, orm-1, ")
                        .contains("orm-19 and 19,980 more")
                        .doesNotContain("orm-20,", "orm-20 ")
                        .contains("mvn ormcompare:catalog", "ormmatrix::[]")
                        .hasSizeLessThan(500));
    }

    @Test
    void aMegabyteValueIsQuotedUpToALine() {
        String huge = "x".repeat(1_000_000);

        assertThatThrownBy(() -> LARGE.requireOrm(huge)).satisfies(e -> assertThat(e.getMessage())
                .startsWith("unknown ORM '" + "x".repeat(50))
                .contains("(1,000,000 characters)")
                .hasSizeLessThan(600));
        assertThatThrownBy(() -> LARGE.requireTopic(huge)).satisfies(e -> assertThat(e.getMessage())
                .startsWith("unknown topic '" + "x".repeat(50))
                .contains("(1,000,000 characters)", "Known topics: apply.")
                .hasSizeLessThan(300));
    }

    @Test
    void aSelectedOrmNotInTheComparisonIsQuotedUpToALine() {
        Catalog catalog = BuiltInCatalog.get();
        String selected = "Django ORM" + " ".repeat(1_000_000);

        assertThatThrownBy(() -> new ComparisonRequest("apply", Optional.of(List.of("prisma")), selected).resolve(catalog))
                .satisfies(e -> assertThat(e.getMessage()).startsWith("selected ORM 'Django ORM")
                        .contains("(1,000,010 characters)").hasSizeLessThan(300));
    }

    @Test
    void aLongSuggestionIsQuotedUpToALine() {
        String longName = "Prisma " + "a".repeat(5_000);

        assertThat(Suggestions.unknown("ORM", "ORMs", "prisma", List.of(longName)))
                .contains("; did you mean 'Prisma " + "a".repeat(50)).contains("(5,007 characters)").hasSizeLessThan(400);
    }
}
