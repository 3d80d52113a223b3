package dev.ormcompare.doxia;

import org.apache.maven.doxia.parser.module.AbstractParserModule;

import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Tells the site renderer which files are AsciiDoc pages: {@code *.adoc} and {@code *.asciidoc}
 * under {@code src/site/asciidoc}, as asciidoctor-converter-doxia-module does, so that a site
 * switches modules without moving a file. Compiled for Java 11: {@link AsciidocParser} says why.
 */
@Named(AsciidocParser.ID)
@Singleton
public final class AsciidocParserModule extends AbstractParserModule {

    public AsciidocParserModule() {
        super(SitePage.PAGES_FOLDER, AsciidocParser.ID, "adoc", "asciidoc");
    }
}
