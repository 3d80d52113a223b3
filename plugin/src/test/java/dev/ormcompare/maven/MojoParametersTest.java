package dev.ormcompare.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goals configured as a pom would configure them, through Maven's own plugin configuration
 * (maven-plugin-testing-harness), on the sample project src/test/projects/broken: a page with a
 * mistyped ORM and a catalog file with a mistyped key.
 */
@MojoTest
@Basedir("src/test/projects/broken")
class MojoParametersTest {

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "failOn", value = "EROR")
    void failOnThatIsNoSeverityNamesTheParameterAndTheChoices(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("failOn 'EROR' is not a severity; set <failOn> (or -Dormcompare.failOn) to one of "
                        + "DEBUG, INFO, WARN, ERROR, FATAL or NONE");
    }

    @Test
    @InjectMojo(goal = "serve", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/site")
    @MojoParameter(name = "port", value = "70000")
    void aPortThatIsNoPortNamesTheParameter(ServeMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("port 70000 is not a port; set <port> (or -Dormcompare.port) to one from 1 to 65535, "
                        + "or 0 for any free port");
    }

    @Test
    @InjectMojo(goal = "serve", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/site")
    @MojoParameter(name = "host", value = "no-such-host.invalid")
    void aHostThatIsNoAddressNamesTheParameter(ServeMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("host 'no-such-host.invalid' is not an address of this machine; set <host> "
                        + "(or -Dormcompare.host) to 127.0.0.1, or 0.0.0.0 to be seen by other machines");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "src/docs/nowhere")
    void missingSourceDirectoryNamesTheParameter(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/docs/nowhere does not exist")
                .hasMessageContaining("set <sourceDirectory> (or -Dormcompare.sourceDirectory)");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/src/docs/asciidoc")
    void anOutputDirectoryThatIsTheSourceDirectoryNamesTheParameterAndTheFix(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("outputDirectory ")
                .hasMessageContaining("src/docs/asciidoc is the docs source directory (sourceDirectory): ")
                .hasMessageEndingWith(": the render would overwrite and delete files there that it did not write; set "
                        + "<outputDirectory> (or -Dormcompare.outputDirectory) to a folder of its own, outside the "
                        + "sources, such as ${project.build.directory}/site (the default)");
    }

    @Test
    @InjectMojo(goal = "serve", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/src/main/site")
    void serveRefusesAnOutputDirectoryInsideSrcBeforeServingIt(ServeMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/main/site lies inside the project's src/ folder, ")
                .hasMessageContaining("set <outputDirectory> (or -Dormcompare.outputDirectory)");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "sourceDirectory", value = "src/docs/nowhere")
    void skipDoesNothingNotEvenCheckTheSourceDirectory(RenderMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertThat(log.lines()).containsExactly("INFO ormcompare:render skipped");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "catalogDirectory", value = "${basedir}/src/docs/nowhere")
    void checkListsEveryProblemWithItsFileAndLine(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 problem in the docs (failOn=ERROR):")
                .hasMessageContaining("index.adoc:3: unknown ORM 'djano'; did you mean 'django'?");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "catalogDirectory", value = "${basedir}/src/docs/nowhere")
    @MojoParameter(name = "failOn", value = "fatal")
    void failOnAboveTheProblemsLetsTheBuildPassWarningOfThem(CheckMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN ")
                .contains("index.adoc:3: unknown ORM 'djano'; did you mean 'django'?"));
        assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR "))
                .last().isEqualTo("INFO ormcompare: 1 page checked, no problems");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "catalogDirectory", value = "${basedir}/src/docs/nowhere")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/failon-none/site")
    @MojoParameter(name = "fork", value = "false")
    @MojoParameter(name = "failOn", value = "none")
    void failOnNoneRendersReportingEveryProblem(RenderMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertThat(log.lines()).filteredOn(line -> line.contains("djano"))
                .singleElement().asString().startsWith("ERROR ").contains("index.adoc:3: unknown ORM 'djano'");
        // rendered now or up to date from an earlier run of this test: the problem is reported either way
        assertThat(log.lines().get(log.lines().size() - 1)).startsWith("INFO ormcompare: ")
                .contains(" rendered, ", "1 page with 1 error and 0 warnings, in ");
    }

    @Test
    @InjectMojo(goal = "catalog", pom = "pom.xml")
    @MojoParameter(name = "catalogDirectory", value = "${basedir}/src/docs/ormcompare")
    void catalogMistakeNamesTheFileTheLineAndTheParameter(CatalogMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("team.adoc:2: unknown key 'titel'; did you mean 'title'?")
                .hasMessageContaining("<catalogDirectory>");
    }

    @Test
    @InjectMojo(goal = "catalog", pom = "pom.xml")
    @MojoParameter(name = "catalogDirectory", value = "${basedir}/src/docs/nowhere")
    void catalogWithoutUserFilesIsTheBuiltInOne(CatalogMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertThat(log.lines().get(0)).startsWith("INFO ormcompare catalog: ").contains(" ORMs x ");
        assertThat(log.lines().get(1)).startsWith("INFO topic").contains("django", "prisma", "hibernate");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("INFO apply "))
                .anyMatch(line -> line.startsWith("INFO rollback ")).anyMatch(line -> line.startsWith("INFO transactions/rollback "))
                .noneMatch(line -> line.contains("seed"));
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "accentColor", value = "red;} body{display:none")
    void anAccentThatIsNoColourNamesTheParameterAndShowsTheForm(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("accentColor 'red;} body{display:none' is not a CSS colour; write it as CSS does, "
                        + "e.g. #8a2be2");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "siteUrl", value = "acme.github.io/docs")
    void aSiteUrlWithoutSchemeNamesTheParameterAndItsDefault(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("siteUrl 'acme.github.io/docs' is not the address of a site; write it whole, e.g. "
                        + "https://example.org/docs/ (set in <siteUrl> or -Dormcompare.siteUrl, by default the pom's <url>)");
    }

    @Test
    @InjectMojo(goal = "render", pom = "pom.xml")
    @MojoParameter(name = "sourceDirectory", value = "${basedir}/src/docs/asciidoc")
    @MojoParameter(name = "chatUrl", value = "javascript:alert(1)")
    void aChatLinkThatWouldRunAScriptIsRefused(RenderMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("'javascript:alert(1)' is not a web address: only http:, https: and mailto: links");
    }
}
