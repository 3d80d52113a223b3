package dev.ormcompare.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> ORMS = List.of("sql", "django", "sqlalchemy", "sqlmodel", "prisma", "typeorm", "name");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            djano       | ; did you mean 'django'?
            DJANGOO     | ; did you mean 'django'?
            sqlalchemey | ; did you mean 'sqlalchemy'?
            Prisma ORM  | ; did you mean 'prisma'?
            typorm      | ; did you mean 'typeorm'?
            nmae        | ; did you mean 'name'?
            hibernate   | .
            x           | .
            """)
    void suggestsOnlyNearMisses(String typed, String expected) {
        assertThat(Suggestions.didYouMean(typed, ORMS)).isEqualTo(expected);
    }
}
