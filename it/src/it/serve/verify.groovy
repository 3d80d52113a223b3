import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

// mvn ormcompare:serve as a writer runs it: started in the project, edited while it runs, stopped by a
// signal. Each wait below is a liveness bound (a build that hangs fails), never a speed check.
def patienceSeconds = 120
def docs = new File(basedir, 'src/docs/asciidoc')

// The same Maven, local repository and settings as the invoker's build of this project.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir, '../interpolated-settings.xml')
def command = [mvn, '-B', '-o', "-Dmaven.repo.local=${localRepositoryPath}".toString()]
if (settings.isFile()) {
    command += ['-s', settings.path]
}

/**
 * Starts Maven with those arguments; its output goes to log and, line by line, to the returned queue,
 * until the returned thread ends.
 */
def start = { List<String> arguments, File log ->
    def process = new ProcessBuilder(command + arguments).directory(basedir).redirectErrorStream(true).start()
    def lines = new LinkedBlockingQueue<String>()
    def reader = Thread.start {
        log.withWriter('UTF-8') { out ->
            process.inputStream.eachLine('UTF-8') { line ->
                out.println(line)
                out.flush()
                lines.add(line)
            }
        }
        lines.add('<end of output>')
    }
    [process, lines, reader]
}

/** The first line of output matching the pattern, waiting for it. */
def awaitLine = { LinkedBlockingQueue<String> lines, String pattern ->
    def deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(patienceSeconds)
    while (true) {
        def line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
        assert line != null : "no line matching /${pattern}/ within ${patienceSeconds} s"
        assert line != '<end of output>' : "Maven ended before printing a line matching /${pattern}/"
        def match = line =~ pattern
        if (match.find()) {
            return match
        }
    }
}

Socket stalled = null
def (serve, output, serveReader) = start(['ormcompare:serve', '-Dormcompare.port=0'], new File(basedir, 'serve.log'))
try {
    def site = URI.create(awaitLine(output, 'ormcompare: previewing .* at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl\\+C stops\\)').group(1))
    def http = HttpClient.newHttpClient()
    def get = { String path -> http.send(HttpRequest.newBuilder(site.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()) }

    // The pages are served with the preview's script; the site on disk has none.
    def index = get('index.html')
    assert index.statusCode() == 200
    assert index.body().contains('<script src="/_ormcompare/preview.js" data-generation="0" defer></script></head>')
    assert index.body().contains('id="ormcompare-apply-django"')
    assert !new File(basedir, 'target/site/index.html').text.contains('_ormcompare')

    // The event stream, as each open page has it.
    def events = new LinkedBlockingQueue<List<String>>()
    // Read on a thread of its own: the stream only ends with the preview.
    Thread.startDaemon {
        def name = null
        http.send(HttpRequest.newBuilder(site.resolve('/_ormcompare/events')).build(), HttpResponse.BodyHandlers.ofLines())
                .body().forEach { line ->
                    if (line.startsWith('event: ')) name = line.substring(7)
                    else if (line.startsWith('data: ')) events.add([name, line.substring(6)])
                }
    }
    def awaitEvent = { String name ->
        def deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(patienceSeconds)
        while (true) {
            def event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
            assert event != null : "no '${name}' event within ${patienceSeconds} s"
            if (event[0] == name) return event[1]
        }
    }
    assert awaitEvent('problems') == '{"problems":[]}'

    // A page saved: it reloads, and is served new.
    def page = new File(docs, 'about.adoc')
    page.text = '= About\n\nEdited while the preview runs.\n'
    assert awaitEvent('reload').contains('"about.html"')
    assert get('about.html').body().contains('Edited while the preview runs.')

    // A partial saved: both pages that include it are written again.
    new File(docs, '_partials/_intro.adoc').text = 'Pick any ORM.\n'
    def written = awaitEvent('reload')
    assert written.contains('"index.html"') && written.contains('"guide/rollback.html"') && !written.contains('about.html')
    assert get('guide/rollback.html').body().contains('Pick any ORM.')

    // Nothing outside the site: not by .., not by a link.
    def rawStatus = { String path, String host = "${site.host}:${site.port}" ->
        new Socket(site.host, site.port).withCloseable { socket ->
            socket.outputStream.write("GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n".getBytes('US-ASCII'))
            new String(socket.inputStream.readNBytes(12), 'US-ASCII').substring(9) as int
        }
    }
    java.nio.file.Files.createSymbolicLink(new File(basedir, 'target/site/pom-link.xml').toPath(), new File(basedir, 'pom.xml').toPath())
    assert rawStatus('/../pom.xml') in [403, 404]
    assert rawStatus('/%2e%2e/pom.xml') in [403, 404]
    assert rawStatus('/pom-link.xml') in [403, 404]
    assert rawStatus('/guide/rollback.html') == 200
    // Only to its own address: a page whose name an attacker rebinds to 127.0.0.1 reads nothing.
    assert rawStatus('/guide/rollback.html', "rebound.example:${site.port}") == 403
    assert rawStatus('/_ormcompare/events', "rebound.example:${site.port}") == 403

    // A broken macro: told with its file and line, in the build's log too; fixed, the problem is gone.
    page.text = '= About\n\normcompare::[topic=apply,orms=djano]\n'
    def problems = awaitEvent('problems')
    while (problems == '{"problems":[]}') problems = awaitEvent('problems')
    assert problems.contains('"file":"src/docs/asciidoc/about.adoc"') && problems.contains('"line":3')
    assert problems.contains("unknown ORM 'djano'") && problems.contains("did you mean 'django'?")
    awaitLine(output, "\\[ERROR\\] src/docs/asciidoc/about\\.adoc:3: .*unknown ORM 'djano'")
    page.text = '= About\n\normcompare::[topic=apply,orms=django]\n'
    assert awaitEvent('problems') == '{"problems":[]}'
    assert get('about.html').body().contains('id="ormcompare-apply-django"')

    // A second preview on the same port: a clear error naming the setting, and no stack trace.
    def taken = new File(basedir, 'serve-port-taken.log')
    def (second, secondOutput, secondReader) = start(['ormcompare:serve', "-Dormcompare.port=${site.port}".toString()], taken)
    assert second.waitFor(patienceSeconds, TimeUnit.SECONDS) : 'the second preview did not stop'
    secondReader.join()
    assert second.exitValue() != 0
    def takenLog = taken.text
    assert takenLog.contains("port ${site.port} on 127.0.0.1 is in use; set <port> (or -Dormcompare.port) to a free port, or 0 for any")
    assert !takenLog.contains('\tat dev.ormcompare')

    // A page that never reads its events, told far more than its buffers hold: Ctrl+C still stops the preview.
    stalled = new Socket()
    stalled.receiveBufferSize = 4096
    stalled.connect(new InetSocketAddress(site.host, site.port))
    stalled.outputStream.write("GET /_ormcompare/events HTTP/1.1\r\nHost: ${site.host}:${site.port}\r\n\r\n".getBytes('US-ASCII'))
    (1..3).each { save ->
        page.text = "= About\n\nSave ${save}.\n\n" + 'ormcompare::[topic=apply,orms=djano]\n\n' * 500
        assert awaitEvent('reload').contains('"about.html"')
    }
} finally {
    // Ctrl+C (the same signal handling as SIGTERM): the render under way finishes, the preview stops.
    // Through its handle: Process.destroy() would also close the pipe, and the last lines with it.
    serve.toHandle().destroy()
    assert serve.waitFor(patienceSeconds, TimeUnit.SECONDS) : 'the preview did not stop'
    serveReader.join()
    stalled?.close()
}
def log = new File(basedir, 'serve.log').text
assert log.contains('ormcompare: preview stopped;')
// What a build leaves: the state beside the site, no temporary file in it.
assert new File(basedir, 'target/ormcompare/render-state.txt').isFile()
def leftovers = []
new File(basedir, 'target/site').eachFileRecurse { if (it.name.contains('.tmp')) leftovers << it }
assert leftovers.isEmpty()
