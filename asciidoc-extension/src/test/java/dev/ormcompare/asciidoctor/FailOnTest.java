package dev.ormcompare.asciidoctor;

import dev.ormcompare.asciidoctor.settings.FailOn;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code failOn} setting as every build of ours reads it. */
class FailOnTest {

    @Test
    void aSeverityFailsOnItselfAndAbove() {
        FailOn warn = FailOn.of(" warn ");

        assertThat(warn).hasToString("WARN").isEqualTo(FailOn.atLeast(Severity.WARN));
        assertThat(warn.fails(Severity.INFO)).isFalse();
        assertThat(warn.fails(Severity.WARN)).isTrue();
        assertThat(warn.fails(Severity.FATAL)).isTrue();
    }

    @Test
    void noneFailsOnNothing() {
        FailOn none = FailOn.of("None");

        assertThat(none).isSameAs(FailOn.NONE).hasToString("NONE");
        assertThat(Severity.values()).noneMatch(none::fails);
    }

    @Test
    void aMistakeNamesTheValueAndTheChoicesAreListed() {
        assertThatThrownBy(() -> FailOn.of("EROR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'EROR' is not a severity");
        assertThatThrownBy(() -> FailOn.of("UNKNOWN")).hasMessage("'UNKNOWN' is not a severity");
        assertThat(FailOn.CHOICES).isEqualTo("DEBUG, INFO, WARN, ERROR, FATAL or NONE");
    }
}
