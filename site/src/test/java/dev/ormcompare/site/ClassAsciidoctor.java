package dev.ormcompare.site;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Asciidoctor for a test class's tests (booting one takes seconds), booted when first asked for. Registered
 * as the class's extension ({@code @RegisterExtension static final ClassAsciidoctor asciidoctor = new
 * ClassAsciidoctor();}), it is closed after the class's last test.
 */
public final class ClassAsciidoctor implements AfterAllCallback {

    private Asciidoctor asciidoctor;

    public synchronized Asciidoctor get() {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
        }
        return asciidoctor;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (asciidoctor != null) {
            asciidoctor.close();
            asciidoctor = null;
        }
    }
}
