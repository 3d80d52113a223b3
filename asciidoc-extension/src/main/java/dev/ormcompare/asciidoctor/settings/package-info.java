/**
 * The settings a build tool reads for Asciidoctor, read the same way by every build of ours (the
 * Maven plugin's goals and the Doxia module), so that the same pom gives the same pages: document
 * attributes with asciidoctor-maven-plugin's {@code true}, {@code false}, empty and {@code @} values
 * ({@link PomAttributes}), the severity that fails a build ({@link FailOn}), which source files are
 * partials or hidden ({@link SourcePaths}), AsciidoctorJ's own copy of its messages muted while a
 * build reports them itself ({@link AsciidoctorJulLog}), and Rouge remembering what it highlighted
 * ({@link RememberedRouge}). No build tool's types here.
 */
package dev.ormcompare.asciidoctor.settings;
