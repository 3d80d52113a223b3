package dev.ormcompare.maven;

import dev.ormcompare.site.RenderSettings;
import dev.ormcompare.site.preview.Preview;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Previews the site live: renders it as {@code render} does, serves it at {@code http://127.0.0.1:8000/},
 * and on every save of a page, a partial, a file a page includes, the catalog, a resource or the nav
 * file renders again what that change affects; the open pages reload by themselves, and what is
 * wrong shows over the page. Ctrl+C stops it, leaving the site as {@code render} would.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The port the preview listens on; 0 for any free port. */
    @Parameter(property = "ormcompare.port", defaultValue = "8000")
    private int port;

    /**
     * The address the preview listens on. Only this machine can see the default; {@code 0.0.0.0} shows
     * the site (and its sources' mistakes) to every machine that can reach this one, by this machine's
     * IP address. Whatever the address, a request that names the preview by another host name
     * (DNS rebinding) is refused.
     */
    @Parameter(property = "ormcompare.host", defaultValue = "127.0.0.1")
    private String host;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("ormcompare:serve skipped");
            return;
        }
        RenderSettings settings = renderSettings();
        InetSocketAddress address = address();
        if (!address.getAddress().isLoopbackAddress()) {
            getLog().warn("ormcompare: the preview listens on " + host + ": other machines can see the site");
        }
        Preview preview = new Preview(settings, new MavenBuildLog(getLog()), address);
        // Ctrl+C: the render under way finishes, so the site is left as a build leaves it. The JVM ends
        // once the hook has run, so the hook itself says so. In place before the first render, which
        // may take minutes.
        Thread stop = new Thread(() -> {
            preview.close();
            getLog().info("ormcompare: preview stopped; " + settings.outputDirectory() + " is as a render leaves it");
        }, "ormcompare-preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            URI uri = preview.start();
            if (uri != null) {
                getLog().info("ormcompare: previewing " + settings.sourceDirectory() + " at " + uri + " (Ctrl+C stops)");
                preview.awaitStop();
            }
        } catch (Preview.PortInUse e) {
            throw new MojoFailureException(e.getMessage() + "; set <port> (or -Dormcompare.port) to a free port, "
                    + "or 0 for any", e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot preview " + settings.sourceDirectory() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            removeHook(stop);
        }
    }

    /** The preview ended by itself (a port in use, the watcher failing): nothing is left for the hook to do. */
    private static void removeHook(Thread stop) {
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook is running, and says so itself
        }
    }

    private InetSocketAddress address() throws MojoFailureException {
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("port " + port + " is not a port; set <port> (or -Dormcompare.port) to one "
                    + "from 1 to 65535, or 0 for any free port");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host.strip()), port);
        } catch (UnknownHostException e) {
            throw new MojoFailureException("host '" + host + "' is not an address of this machine; set <host> "
                    + "(or -Dormcompare.host) to 127.0.0.1, or 0.0.0.0 to be seen by other machines", e);
        }
    }
}
