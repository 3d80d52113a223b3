package dev.ormcompare.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resolution rules that the built-in catalog, where every ORM has every topic, cannot show. */
class ComparisonRequestTest {

    private final Catalog catalog = Catalog.builder()
            .orm(new Orm("jooq", "jOOQ", "java", List.of()))
            .orm(new Orm("hibernate", "Hibernate", "java", List.of("jpa")))
            .topic(new Topic("apply", "Apply Migration", "Migrations"))
            .topic(new Topic("seed", "Seed Data", "Data"))
            .snippet("apply", "hibernate", new Snippet("console", "$ mvn flyway:migrate", ""))
            .build();

    @Test
    void ormWithoutTheTopicNamesTheOrmsThatHaveIt() {
        ComparisonRequest request = new ComparisonRequest("apply", Optional.of(List.of("jpa", "jooq")), "");

        assertThatThrownBy(() -> request.resolve(catalog)).isInstanceOf(ComparisonException.class)
                .hasMessage("ORM 'jOOQ' has no snippet for topic 'apply'. ORMs with that topic: hibernate. To show a \"No snippet\" tab instead, add missing=show to the macro.");
    }

    @Test
    void topicThatNoOrmHasIsReported() {
        ComparisonRequest request = new ComparisonRequest("seed", Optional.empty(), "");

        assertThatThrownBy(() -> request.resolve(catalog)).isInstanceOf(ComparisonException.class)
                .hasMessage("no ORM has a snippet for topic 'seed'");
    }

    @Test
    void withoutOrmsOnlyTheOrmsWithTheTopicAreShown() throws ComparisonException {
        Comparison comparison = new ComparisonRequest("apply", Optional.empty(), "").resolve(catalog);

        assertThat(comparison.entries()).extracting(entry -> entry.orm().id()).containsExactly("hibernate");
        assertThat(comparison.selected()).isZero();
    }

    @Test
    void noTopicInACatalogWithoutTopicsIsAMessageNotACrash() {
        Catalog empty = Catalog.builder().build();

        assertThatThrownBy(() -> new ComparisonRequest("", Optional.empty(), "").resolve(empty))
                .isInstanceOf(ComparisonException.class)
                .hasMessage("no topic given; write ormcompare::apply[] or topic=apply. Known topics: none.");
    }
}
