package dev.ormcompare.site.convert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConverterScalingTest {

    private static final long START = 4_000_000_000L;
    private static final long PAGE = 60_000_000L;

    @Test
    void aSmallSiteKeepsOneConverter() {
        ConverterScaling scaling = new ConverterScaling(0, 2, 50);

        assertThat(scaling.initial()).isEqualTo(1);
        assertThat(scaling.wantsAnother(1, 6, 44, START, PAGE)).isFalse();
    }

    @Test
    void aLargeSiteAddsAConverterPerCoreOnceThePaceIsKnown() {
        ConverterScaling scaling = new ConverterScaling(0, 2, 1000);

        assertThat(scaling.wantsAnother(1, ConverterScaling.SETTLING_PAGES - 1, 995, START, PAGE)).isFalse();
        assertThat(scaling.wantsAnother(1, ConverterScaling.SETTLING_PAGES, 995, START, PAGE)).isTrue();
        assertThat(scaling.wantsAnother(2, 20, 980, START, PAGE)).isFalse();
    }

    @Test
    void oneCoreNeverGetsASecondConverter() {
        assertThat(new ConverterScaling(0, 1, 1000).wantsAnother(1, 10, 990, START, PAGE)).isFalse();
    }

    @Test
    void threadsSetByTheUserStartAtOnceAndStay() {
        ConverterScaling scaling = new ConverterScaling(3, 2, 1000);

        assertThat(scaling.initial()).isEqualTo(3);
        assertThat(scaling.wantsAnother(3, 10, 990, START, PAGE)).isFalse();
        assertThat(new ConverterScaling(3, 2, 2).initial()).isEqualTo(2);
    }
}
