package dev.ormcompare.asciidoctor;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.jar.JarFile;

/**
 * ormcompare is built against the AsciidoctorJ 3 API; the 2.x line (which older
 * asciidoctor-maven-plugin releases bring) differs in method signatures, which would otherwise
 * surface as an AbstractMethodError in the middle of a conversion.
 */
final class AsciidoctorJVersion {

    static final String NEEDED = "3.0";

    private AsciidoctorJVersion() {
    }

    /** Fails with one message naming the version needed, when the AsciidoctorJ at hand is older. */
    static void requireSupported() {
        if (!hasVersion3Api()) {
            throw new IllegalStateException("ormcompare needs AsciidoctorJ " + NEEDED + " or later, but this build runs "
                    + "AsciidoctorJ " + runningVersion() + ". Use asciidoctor-maven-plugin 3.x (or add "
                    + "org.asciidoctor:asciidoctorj:3.0.1 to the plugin's dependencies next to ormcompare-asciidoctorj).");
        }
    }

    private static boolean hasVersion3Api() {
        try {
            return Preprocessor.class.getMethod("process", Document.class, PreprocessorReader.class).getReturnType()
                    == Reader.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The Bundle-Version of the jar the API comes from; only for the message, so "2.x" when unknown. */
    private static String runningVersion() {
        try {
            URL jar = Preprocessor.class.getProtectionDomain().getCodeSource().getLocation();
            try (JarFile file = new JarFile(new File(jar.toURI()))) {
                String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
                return version == null ? "2.x" : version;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "2.x";
        }
    }
}
