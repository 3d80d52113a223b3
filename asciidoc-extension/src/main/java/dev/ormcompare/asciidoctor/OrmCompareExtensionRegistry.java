package dev.ormcompare.asciidoctor;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.extension.JavaExtensionRegistry;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers ormcompare with every Asciidoctor that finds this jar on its classpath, through
 * AsciidoctorJ's extension SPI: putting the jar there is all a user does.
 */
public final class OrmCompareExtensionRegistry implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        register(asciidoctor, new DocumentCatalog());
    }

    /** Registers every processor of ormcompare, sharing {@code catalogs}: one catalog cache per Asciidoctor. */
    static void register(Asciidoctor asciidoctor, DocumentCatalog catalogs) {
        AsciidoctorJVersion.requireSupported();
        JavaExtensionRegistry registry = asciidoctor.javaExtensionRegistry();
        registry.preprocessor(new DocumentSetup(catalogs));
        registry.blockMacro(new OrmCompareBlockMacro(catalogs));
        registry.blockMacro(new OrmPickerBlockMacro(catalogs));
        registry.blockMacro(new OrmMatrixBlockMacro(catalogs));
        registry.treeprocessor(new MatrixLinks());
        registry.treeprocessor(new PickerAtTop(catalogs));
        registry.treeprocessor(new PickerOrmsOnPage(catalogs));
        registry.treeprocessor(new ErrorLogger());
        registry.treeprocessor(new EmbeddedAssets());
        registry.docinfoProcessor(new AssetsDocinfo());
    }
}
