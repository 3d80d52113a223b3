package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.module.AbstractParserModule;

import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Tells the site renderer which files are AsciiDoc pages: {@code *.adoc} and {@code *.asciidoc}
 * under {@code src/site/asciidoc}, as asciidoctor-converter-doxia-module does, so that a site
 * switches modules without moving a file.
 */
@Named(AsciidocParser.ID)
@Singleton
public final class AsciidocParserModule extends AbstractParserModule {

    /** The folder of the site directory that holds the pages. */
    static final String SOURCE_DIRECTORY = "asciidoc";

    public AsciidocParserModule() {
        super(SOURCE_DIRECTORY, AsciidocParser.ID, "adoc", "asciidoc");
    }
}
