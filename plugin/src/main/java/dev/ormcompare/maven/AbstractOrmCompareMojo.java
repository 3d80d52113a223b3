package dev.ormcompare.maven;

import dev.ormcompare.asciidoctor.settings.FailOn;
import dev.ormcompare.site.content.PageSelection;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Map;

/** The parameters the goals that read a docs project share. */
abstract class AbstractOrmCompareMojo extends AbstractMojo {

    /**
     * The directory of the AsciiDoc pages. Files and folders starting with {@code _} are partials:
     * included by pages, never pages themselves, never published; those starting with {@code .} are
     * hidden: neither pages nor published.
     */
    @Parameter(property = "ormcompare.sourceDirectory", defaultValue = "${project.basedir}/src/docs/asciidoc")
    private File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of the files that are pages, e.g.
     * {@code <include>index.adoc</include>} when the other files are chapters it includes. Default: every
     * {@code .adoc}, {@code .asciidoc}, {@code .asc} and {@code .ad} file.
     */
    @Parameter(property = "ormcompare.includes")
    private List<String> includes = List.of();

    /** Ant-style patterns of files that are not pages although {@code includes} matches them, e.g. {@code drafts/**}. */
    @Parameter(property = "ormcompare.excludes")
    private List<String> excludes = List.of();

    /**
     * A directory of catalog files ({@code *.adoc}) read over the built-in catalog: new topics and ORMs,
     * replaced snippets. Ignored when it does not exist.
     */
    @Parameter(property = "ormcompare.catalogDirectory", defaultValue = "${project.basedir}/src/docs/ormcompare")
    private File catalogDirectory;

    /**
     * Document attributes passed to every page, e.g. {@code <source-highlighter>rouge</source-highlighter>}.
     * {@code false} unsets an attribute ({@code <sectnums>false</sectnums>}); {@code true} or an empty
     * element sets it; a value ending in {@code @} is one a page may change; as in asciidoctor-maven-plugin
     * and the ormcompare Doxia module.
     */
    @Parameter
    private Map<String, String> attributes = Map.of();

    /**
     * The lowest Asciidoctor log severity that fails the build: DEBUG, INFO, WARN, ERROR or FATAL; NONE
     * only logs every message.
     */
    @Parameter(property = "ormcompare.failOn", defaultValue = "ERROR")
    private String failOn;

    /** Skips this goal. */
    @Parameter(property = "ormcompare.skip", defaultValue = "false")
    private boolean skip;

    /** The project's directory; absent when {@code catalog} runs without a project. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    File sourceDirectory() {
        return sourceDirectory;
    }

    File catalogDirectory() {
        return catalogDirectory;
    }

    Map<String, String> attributes() {
        return attributes == null ? Map.of() : attributes;
    }

    PageSelection pageSelection() {
        return PageSelection.of(includes == null ? List.of() : includes, excludes == null ? List.of() : excludes);
    }

    boolean skip() {
        return skip;
    }

    File baseDirectory() {
        return baseDirectory;
    }

    FailOn failOn() throws MojoFailureException {
        try {
            return FailOn.of(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("failOn " + e.getMessage() + "; set <failOn> (or -Dormcompare.failOn) to one of "
                    + FailOn.CHOICES);
        }
    }

    /** The source directory, or a failure telling how to point the goal at the pages. */
    File requireSourceDirectory() throws MojoFailureException {
        if (!sourceDirectory.isDirectory()) {
            throw new MojoFailureException("sourceDirectory " + sourceDirectory + " does not exist; put the AsciiDoc pages "
                    + "there or set <sourceDirectory> (or -Dormcompare.sourceDirectory) to where they are");
        }
        return sourceDirectory;
    }
}
