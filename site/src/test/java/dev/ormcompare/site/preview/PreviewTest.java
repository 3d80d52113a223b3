package dev.ormcompare.site.preview;

import dev.ormcompare.site.DocsProject;
import dev.ormcompare.site.MessageList;
import dev.ormcompare.site.SiteRenderer;
import dev.ormcompare.site.WarmConverters;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live preview as a browser sees it: a real render, a real HTTP server on a free loopback port,
 * files edited on disk as an editor saves them, and the event stream's answers.
 */
class PreviewTest {

    /** Converters kept warm across the class's tests, closed after the last one. */
    @RegisterExtension
    static final WarmConverters converters = new WarmConverters();

    @TempDir
    Path directory;
    private DocsProject project;
    private Preview preview;
    private PreviewClient client;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void writeDocs() throws IOException {
        project = new DocsProject(directory, converters);
        project.write("src/docs/asciidoc/index.adoc", """
                = Guide

                include::_intro.adoc[]

                ormcompare::[topic=apply,orms="django,prisma"]
                """);
        project.write("src/docs/asciidoc/setup.adoc", "= Setup\n\ninclude::_intro.adoc[]\n");
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nNothing included.\n");
        project.write("src/docs/asciidoc/_intro.adoc", "Pick an ORM.\n");
        project.write("src/main/java/Migrate.java", "class Migrate {\n// tag::apply[]\nvoid apply() {}\n// end::apply[]\n}\n");
        project.write("src/docs/asciidoc/code.adoc", """
                = Code

                [source,java]
                ----
                include::../../main/java/Migrate.java[tag=apply]
                ----
                """);
    }

    private URI start() throws IOException {
        preview = new Preview(project.settings("target/site", "target/ormcompare/render-state.txt"),
                new MessageList(messages), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), converters);
        URI site = preview.start();
        client = new PreviewClient(site);
        return site;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void closedBeforeItStartsItListensNowhereAndRendersNothing() throws Exception {
        preview = new Preview(project.settings("target/site", "target/ormcompare/render-state.txt"),
                new MessageList(messages), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), converters);
        preview.close();

        assertThat(preview.start()).isNull();
        preview.awaitStop();
        assertThat(directory.resolve("target")).doesNotExist();
        assertThat(messages).isEmpty();
    }

    @Test
    void servedPagesHaveThePreviewScriptAndTheBuiltSiteHasNot() throws Exception {
        URI site = start();

        assertThat(site.getHost()).isEqualTo("127.0.0.1");
        var page = client.get("index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        // the first render wrote every page: the pages are served at generation 1
        assertThat(page.body()).contains(PreviewServer.scriptTag(1) + "</head>").contains("ormcompare-apply-django");
        assertThat(client.get("").body()).isEqualTo(page.body());
        assertThat(client.get(PreviewServer.SCRIPT.substring(1)).body()).contains("new EventSource(\"/_ormcompare/events\"")
                .endsWith("\n//# sourceMappingURL=preview.js.map\n");
        var map = client.get(PreviewServer.SCRIPT_MAP.substring(1));
        assertThat(map.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(map.body()).contains("new EventSource('/_ormcompare/events'");
        assertThat(project.read("target/site/index.html")).doesNotContain("_ormcompare");
        assertThat(client.get("ormcompare-assets/theme.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
    }

    @Test
    void anEditedPageReloadsWithItsNewHtml() throws Exception {
        start();
        client.listen().next("problems");

        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nEdited while previewed.\n");

        assertThat(client.next("reload").data()).contains("\"alone.html\"").doesNotContain("index.html");
        assertThat(client.get("alone.html").body()).contains("Edited while previewed.");
    }

    @Test
    void aPageServedBeforeARenderAndConnectedAfterItIsToldWhatItMissed() throws Exception {
        start();
        String served = client.get("alone.html").body();
        assertThat(served).contains(PreviewServer.scriptTag(1));
        client.listen().next("problems");

        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nSaved before the page connected.\n");
        client.next("reload");

        try (PreviewClient late = new PreviewClient(client.get("").uri()).listen(1)) {
            assertThat(late.next("reload").data()).contains("\"alone.html\"");
        }
        assertThat(client.get("alone.html").body()).contains(PreviewServer.scriptTag(2));
        try (PreviewClient upToDate = new PreviewClient(client.get("").uri()).listen(2)) {
            upToDate.next("problems");
            project.write("src/docs/asciidoc/setup.adoc", "= Setup\n\nThe next save.\n");
            // the first reload it is told of is the next render's, not one it has seen
            assertThat(upToDate.next("reload").data()).contains("\"setup.html\"").doesNotContain("alone.html");
        }
    }

    @Test
    void anEditedPartialReloadsThePagesIncludingIt() throws Exception {
        start();
        client.listen().next("problems");

        project.write("src/docs/asciidoc/_intro.adoc", "Pick two ORMs.\n");

        assertThat(client.next("reload").data()).contains("\"index.html\"", "\"setup.html\"").doesNotContain("alone.html");
        assertThat(client.get("setup.html").body()).contains("Pick two ORMs.");
    }

    @Test
    void aSourceFileOutsideTheDocsThatAPageIncludesIsWatched() throws Exception {
        start();
        client.listen().next("problems");

        project.write("src/main/java/Migrate.java", "class Migrate {\n// tag::apply[]\nvoid applyAll() {}\n// end::apply[]\n}\n");

        assertThat(client.next("reload").data()).contains("\"code.html\"");
        assertThat(client.get("code.html").body()).contains("applyAll");
    }

    @Test
    void aNewPageInANewFolderIsRenderedAndWatched() throws Exception {
        start();
        client.listen().next("problems");

        project.write("src/docs/asciidoc/guide/new.adoc", "= New\n\nFirst draft.\n");
        assertThat(client.next("reload").data()).contains("\"guide/new.html\"");
        project.write("src/docs/asciidoc/guide/new.adoc", "= New\n\nSecond draft.\n");
        assertThat(client.next("reload").data()).contains("\"guide/new.html\"");

        assertThat(client.get("guide/new.html").body()).contains("Second draft.");
    }

    @Test
    void aBrokenMacroShowsWhereAndWhatAndFixingItClearsIt() throws Exception {
        start();
        assertThat(client.listen().next("problems").data()).isEqualTo("{\"problems\":[]}");

        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\normcompare::[topic=apply,orms=djano]\n");

        String problems = client.next("problems").data();
        assertThat(problems).contains("\"severity\":\"ERROR\"", "\"file\":\"src/docs/asciidoc/alone.adoc\"",
                "\"line\":3", "unknown ORM 'djano'", "did you mean 'django'?");
        assertThat(client.next("reload").data()).contains("\"alone.html\"");
        // a page opened now is told at once
        try (PreviewClient another = new PreviewClient(client.get("").uri()).listen()) {
            assertThat(another.next("problems").data()).isEqualTo(problems);
        }

        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\normcompare::[topic=apply,orms=django]\n");

        assertThat(client.next("problems").data()).isEqualTo("{\"problems\":[]}");
        assertThat(messages).filteredOn(message -> message.contains("unknown ORM 'djano'")).hasSize(1);
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        start();
        project.write("secret.txt", "not for the browser\n");
        Files.createSymbolicLink(project.path("target/site/leak.txt"), project.path("secret.txt"));
        Files.createSymbolicLink(project.path("target/site/up"), project.path("src"));

        assertThat(client.rawStatus("/../pom.xml")).isEqualTo(403);
        assertThat(client.rawStatus("/../../secret.txt")).isEqualTo(403);
        assertThat(client.rawStatus("/%2e%2e/secret.txt")).isEqualTo(403);
        assertThat(client.rawStatus("/leak.txt")).isEqualTo(403);
        assertThat(client.rawStatus("/up/docs/asciidoc/index.adoc")).isEqualTo(403);
        assertThat(client.rawStatus("/missing.html")).isEqualTo(404);
        assertThat(client.rawStatus("/_intro.adoc")).isEqualTo(404);
        assertThat(client.get("index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aFolderAskedForWithoutItsSlashIsRedirectedToIt() throws Exception {
        project.write("src/docs/asciidoc/guide/index.adoc", "= Guide index\n");
        start();

        assertThat(client.rawStatus("/guide")).isEqualTo(301);
        assertThat(client.get("guide/").body()).contains("Guide index");
    }

    @Test
    void aPortInUseIsAnErrorNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Preview second = new Preview(project.settings("target/site", "target/ormcompare/render-state.txt"),
                    new MessageList(messages), new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort()),
                    converters);

            assertThatThrownBy(second::start).isInstanceOf(Preview.PortInUse.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
            second.close();
        }
        assertThat(project.path("target/site")).doesNotExist();
    }

    @Test
    void aRequestNamingAnotherHostIsForbiddenItsPagesEventsAndProblemsAlike() throws Exception {
        project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\normcompare::[topic=apply,orms=djano]\n");
        URI site = start();
        int port = site.getPort();

        // a page of rebound.example whose name now leads to 127.0.0.1 sends its own name
        for (String host : new String[] {"rebound.example:" + port, "localhost.rebound.example:" + port,
                "127.0.0.1:" + (port + 1), "localhost", "10.1.2.3:" + port, "", null}) {
            for (String path : new String[] {"/", "/index.html", PreviewServer.SCRIPT, PreviewServer.EVENTS,
                    PreviewServer.EVENTS + "?since=0"}) {
                assertThat(client.rawResponse(path, host, "")).as("%s with Host %s", path, host)
                        .startsWith("HTTP/1.1 403 ").contains("answers only at 127.0.0.1:" + port)
                        .doesNotContain("djano", "Guide");
            }
        }
        // a second Host header, which a proxy and the preview might read differently, is not a request
        assertThat(client.rawResponse("/index.html", client.host(), "Host: rebound.example:" + port + "\r\n"))
                .startsWith("HTTP/1.1 400 ").doesNotContain("Guide");
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port}) {
            assertThat(client.rawResponse("/alone.html", host, "")).as("Host %s", host)
                    .startsWith("HTTP/1.1 200 ").contains("<h1>Alone</h1>");
        }
    }

    @Test
    void noResponseCarriesACorsHeader() throws Exception {
        start();
        String origin = "Origin: http://rebound.example\r\n";

        for (String path : new String[] {"/index.html", PreviewServer.SCRIPT, "/missing.html", "/../pom.xml"}) {
            assertThat(client.rawResponse(path, client.host(), origin)).as(path)
                    .startsWith("HTTP/1.1 ").doesNotContainIgnoringCase("Access-Control-");
        }
        assertThat(client.rawResponse("/index.html", "rebound.example", origin))
                .startsWith("HTTP/1.1 403 ").doesNotContainIgnoringCase("Access-Control-");
        try (Socket events = client.send(PreviewServer.EVENTS, client.host(), origin, new Socket())) {
            assertThat(PreviewClient.head(events)).startsWith("HTTP/1.1 200 ").doesNotContainIgnoringCase("Access-Control-");
        }
    }

    @Test
    void aPageThatStopsReadingIsDroppedAndHoldsUpNoPageNorRender() throws Exception {
        start();
        client.listen().next("problems");
        try (Socket stalled = client.eventsNeverRead()) {

            // The first save's problems are more than the stream's buffers hold (its send buffer, which
            // Linux doubles, and the page's receive buffer): from then on, every render's reload waits.
            for (int save = 0; save <= EventQueue.MAX_EVENTS + 2; save++) {
                project.write("src/docs/asciidoc/alone.adoc", manyMistakes(save));
                assertThat(client.next("problems").data().length()).isGreaterThan(4 * HttpConnection.STREAM_SEND_BUFFER);
                assertThat(client.next("reload").data()).contains("\"alone.html\"");
                assertThat(client.get("index.html").statusCode()).isEqualTo(200);
            }

            // Dropped: what was sent before is there to read (read only now), then the stream ends;
            // a read that times out fails.
            stalled.setSoTimeout((int) PreviewClient.PATIENCE.toMillis());
            String received = new String(stalled.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(received).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void closeReturnsWhileAPageThatNeverReadsIsConnected() throws Exception {
        start();
        client.listen().next("problems");
        try (Socket stalled = client.eventsNeverRead()) {
            for (int save = 0; save < 4; save++) { // more than the stream's buffers hold: its write waits
                project.write("src/docs/asciidoc/alone.adoc", manyMistakes(save));
                client.next("reload");
            }

            // as Ctrl+C does, through the shutdown hook
            CompletableFuture<Void> closing = CompletableFuture.runAsync(preview::close);

            closing.get(PreviewClient.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void connectionsBeyondTheCapAreRefusedAtOnceAndHoldNoThread() throws Exception {
        start();
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < HttpListener.MAX_CONNECTIONS; i++) {
                streams.add(client.send(PreviewServer.EVENTS, client.host(), "", new Socket()));
                assertThat(PreviewClient.head(streams.get(i))).startsWith("HTTP/1.1 200 ");
            }

            for (int i = 0; i < 20; i++) {
                try (Socket more = client.send("/index.html", client.host(), "", new Socket())) {
                    assertThat(PreviewClient.status(more)).isEqualTo(503);
                }
            }
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> thread.getName().equals("ormcompare-preview-http"))
                    .hasSizeLessThanOrEqualTo(HttpListener.MAX_CONNECTIONS);

            // A page that goes frees its place once the preview notices, at the next events it sends.
            streams.remove(0).close();
            project.write("src/docs/asciidoc/alone.adoc", "= Alone\n\nA page went.\n");
            long deadline = System.nanoTime() + PreviewClient.PATIENCE.toNanos();
            int status;
            while ((status = client.rawStatus("/index.html")) == 503) {
                assertThat(System.nanoTime()).as("a place freed within %s", PreviewClient.PATIENCE).isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(status).isEqualTo(200);
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    /** A page with enough broken macros that the problems it causes take a few hundred kilobytes. */
    private static String manyMistakes(int save) {
        return "= Alone\n\nSave " + save + ".\n\n" + "ormcompare::[topic=apply,orms=djano]\n\n".repeat(1000);
    }

    @Test
    void afterThePreviewTheSiteIsAsARenderLeavesIt() throws Exception {
        start();
        client.listen().next("problems");
        project.write("src/docs/asciidoc/_intro.adoc", "Pick three ORMs.\n");
        client.next("reload");

        preview.close();

        SiteRenderer.Outcome next = project.render();
        assertThat(next.rendered()).isZero();
        assertThat(next.written()).isEmpty();
        assertThat(project.files("target/site")).isEqualTo(cleanSite());
    }

    private Object cleanSite() throws IOException {
        project.cleanRender("target/clean");
        return project.files("target/clean");
    }
}
