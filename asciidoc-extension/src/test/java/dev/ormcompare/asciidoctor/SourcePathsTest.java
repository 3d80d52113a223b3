package dev.ormcompare.asciidoctor;

import dev.ormcompare.asciidoctor.settings.SourcePaths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files of a docs folder are partials or hidden, as every build of ours reads them. */
class SourcePathsTest {

    @Test
    void aNameOrAFolderStartingWithAnUnderscoreIsAPartial() {
        assertThat(SourcePaths.isPartial("_intro.adoc")).isTrue();
        assertThat(SourcePaths.isPartial("_partials/steps.adoc")).isTrue();
        assertThat(SourcePaths.isPartial("guide/_shared/steps.adoc")).isTrue();
        assertThat(SourcePaths.isPartial("guide/my_page.adoc")).isFalse();
        assertThat(SourcePaths.isPartial("guide/page_.adoc")).isFalse();
    }

    @Test
    void aNameOrAFolderStartingWithADotIsHidden() {
        assertThat(SourcePaths.isHidden(".draft.adoc")).isTrue();
        assertThat(SourcePaths.isHidden("guide/.cache/page.adoc")).isTrue();
        assertThat(SourcePaths.isHidden("guide/page.v2.adoc")).isFalse();
        assertThat(SourcePaths.isPartial(".draft.adoc")).isFalse();
    }
}
