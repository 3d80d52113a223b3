import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.concurrent.atomic.AtomicLong

// The docs of this project built in several checkouts at different paths, as CI and a writer's laptop would,
// sharing one remote build cache: a small HTTP server on this machine that keeps what is PUT and answers GET and
// HEAD, the protocol the Apache Maven Build Cache Extension's remote speaks.
def project = basedir.toPath()
def work = project.resolve('target/checkouts')
def remoteFolder = project.resolve('target/remote-cache')
Files.createDirectories(remoteFolder)

def uploaded = new AtomicLong()
def downloaded = new AtomicLong()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { HttpExchange exchange ->
    try {
        def file = remoteFolder.resolve(exchange.requestURI.path.substring(1)).normalize()
        if (!file.startsWith(remoteFolder)) {
            exchange.sendResponseHeaders(400, -1)
        } else if (exchange.requestMethod == 'PUT') {
            Files.createDirectories(file.parent)
            def bytes = exchange.requestBody.readAllBytes()
            Files.write(file, bytes)
            uploaded.addAndGet(bytes.length)
            exchange.sendResponseHeaders(201, -1)
        } else if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1)
        } else if (exchange.requestMethod == 'HEAD') {
            exchange.responseHeaders.add('Content-Length', Long.toString(Files.size(file)))
            exchange.sendResponseHeaders(200, -1)
        } else if (exchange.requestMethod == 'GET') {
            def bytes = Files.readAllBytes(file)
            exchange.sendResponseHeaders(200, bytes.length)
            exchange.responseBody.write(bytes)
            downloaded.addAndGet(bytes.length)
        } else {
            exchange.sendResponseHeaders(405, -1)
        }
    } finally {
        exchange.close()
    }
}
server.start()
def remoteUrl = "http://127.0.0.1:${server.address.port}/cache"

// The same Maven, local repository and settings as the invoker's build of this project.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir, '../interpolated-settings.xml')
def maven = [mvn, '-B', '-o', "-Dmaven.repo.local=${localRepositoryPath}".toString(),
             "-Dmaven.build.cache.remote.url=${remoteUrl}".toString()]
if (settings.isFile()) {
    maven += ['-s', settings.path]
}

/** A checkout of this project's sources at {@code path} below the work folder: what a git clone gives. */
def checkout = { String path ->
    def target = work.resolve(path)
    Files.walk(project).withCloseable { files ->
        files.filter { Files.isRegularFile(it) }.each { file ->
            def relative = project.relativize(file)
            def top = relative.getName(0).toString()
            if (!(top in ['target', 'build.log', 'verify.groovy', 'invoker.properties', 'changes'])) {
                Files.createDirectories(target.resolve(relative).parent)
                Files.copy(file, target.resolve(relative))
            }
        }
    }
    target
}

/** Runs Maven in {@code dir} with the local build cache of that checkout; returns its exit code and log. */
def build = { Path dir, String label, List<String> arguments ->
    def log = work.resolve("${label}.log")
    def localCache = dir.resolveSibling(dir.fileName.toString() + '-local-cache')
    def command = maven + ["-Dmaven.build.cache.location=${localCache}".toString()] + arguments
    def process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start()
    assert process.waitFor(600, java.util.concurrent.TimeUnit.SECONDS): "${label}: Maven did not end in 600 s"
    [process.exitValue(), log.toFile().getText("UTF-8")]
}

/** Every file below {@code dir}, by its path there, with its bytes. */
def files = { Path dir ->
    def found = new TreeMap<String, byte[]>()
    Files.walk(dir).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }.each { found[dir.relativize(it).toString()] = Files.readAllBytes(it) }
    }
    found
}

def assertSameSite = { Path site, Path expected ->
    def actual = files(site)
    def wanted = files(expected)
    assert actual.keySet() == wanted.keySet()
    wanted.each { name, bytes -> assert Arrays.equals(actual[name], bytes): "${site.resolve(name)} differs from ${expected.resolve(name)}" }
}

def remoteBuilds = { ->
    Files.walk(remoteFolder).withCloseable { walk -> walk.filter { it.fileName.toString() == 'buildinfo.xml' }.count() }
}

def rendered = ~/ormcompare: (\d+) pages? rendered, (\d+) up to date/
try {
    // CI builds the docs and saves the result to the remote cache.
    def ci = checkout('ci/workspace/docs')
    def (ciExit, ciLog) = build(ci, 'ci', ['-Dmaven.build.cache.remote.save.enabled=true', 'verify'])
    assert ciExit == 0: ciLog
    assert (ciLog =~ rendered).find() && (ciLog =~ rendered)[0][1] == '2'
    assert ciLog.contains('Saved to remote cache')
    assert !ciLog.contains('names no input folder of')
    assert remoteBuilds() == 1

    // A writer's clone elsewhere, with an empty local cache: the render goal does not run; the site comes from
    // the remote, the same bytes CI built, with the render's state beside it.
    def laptop = checkout('laptop/home/writer/src/docs-repo')
    def before = downloaded.get()
    def (hitExit, hitLog) = build(laptop, 'laptop-hit', ['verify'])
    assert hitExit == 0: hitLog
    assert hitLog.contains('Skipping plugin execution (cached): ormcompare:render')
    assert !(hitLog =~ rendered).find()
    assertSameSite(laptop.resolve('target/site'), ci.resolve('target/site'))
    assert Files.isRegularFile(laptop.resolve('target/ormcompare/render-state.txt'))
    println "build-cache: restored ${downloaded.get() - before} bytes from the remote cache"

    // Parameters given on the command line: one that changes no byte of the site is no miss, one that does is.
    def (threadsExit, threadsLog) = build(laptop, 'laptop-threads', ['-Dormcompare.threads=1', 'verify'])
    assert threadsExit == 0: threadsLog
    assert threadsLog.contains('Skipping plugin execution (cached): ormcompare:render')
    def (nameExit, nameLog) = build(laptop, 'laptop-site-name', ['-Dormcompare.siteName=Other docs', 'verify'])
    assert nameExit == 0: nameLog
    assert nameLog.contains('Plugin parameter mismatch found. Parameter: siteName')
    assert (nameLog =~ rendered).find()
    assert laptop.resolve('target/site/index.html').toFile().getText('UTF-8').contains('Other docs')

    // An edited page misses the cache, is rendered, and the site is a clean build's.
    Files.copy(project.resolve('changes/apply.adoc'), laptop.resolve('src/docs/asciidoc/guide/apply.adoc'),
            StandardCopyOption.REPLACE_EXISTING)
    def (editExit, editLog) = build(laptop, 'laptop-edit', ['verify'])
    assert editExit == 0: editLog
    assert !editLog.contains('Skipping plugin execution (cached)')
    assert (editLog =~ rendered).find()
    def clean = checkout('clean/docs')
    Files.copy(project.resolve('changes/apply.adoc'), clean.resolve('src/docs/asciidoc/guide/apply.adoc'),
            StandardCopyOption.REPLACE_EXISTING)
    def (cleanExit, cleanLog) = build(clean, 'clean', ['-Dmaven.build.cache.enabled=false', 'verify'])
    assert cleanExit == 0: cleanLog
    assertSameSite(laptop.resolve('target/site'), clean.resolve('target/site'))
    assert laptop.resolve('target/site/guide/apply.html').toFile().getText('UTF-8').contains('Applying in Java, edited')

    // A render that fails (an ERROR under failOn) saves nothing, locally or remotely: the cache is not poisoned.
    def broken = checkout('ci/broken/docs')
    Files.copy(project.resolve('changes/broken.adoc'), broken.resolve('src/docs/asciidoc/guide/apply.adoc'),
            StandardCopyOption.REPLACE_EXISTING)
    def (brokenExit, brokenLog) = build(broken, 'ci-broken', ['-Dmaven.build.cache.remote.save.enabled=true', 'verify'])
    assert brokenExit != 0
    assert brokenLog.contains('no-such-orm')
    assert remoteBuilds() == 1
    def brokenCache = work.resolve('ci/broken/docs-local-cache')
    assert !Files.exists(brokenCache) || Files.walk(brokenCache)
            .withCloseable { walk -> walk.noneMatch { it.fileName.toString() == 'buildinfo.xml' } }
    // The same broken page again: no hit from the failed build, the render runs and fails again.
    def (againExit, againLog) = build(broken, 'ci-broken-again', ['verify'])
    assert againExit != 0
    assert !againLog.contains('Skipping plugin execution (cached)')
    // A page reading a file the recipe's inputs do not cover: the render goal warns, naming the file.
    def outside = checkout('outside/docs')
    Files.copy(project.resolve('changes/outside.adoc'), outside.resolve('src/docs/asciidoc/guide/apply.adoc'),
            StandardCopyOption.REPLACE_EXISTING)
    Files.writeString(outside.resolve('NOTES.adoc'), 'Notes kept beside the pom.\n')
    def (outsideExit, outsideLog) = build(outside, 'outside', ['-Dmaven.build.cache.enabled=false', 'verify'])
    assert outsideExit == 0: outsideLog
    assert outsideLog.contains('[WARNING] ormcompare: pages read 1 file that ')
    assert outsideLog.contains('add their folders to <input><global><includes>: NOTES.adoc')

    println "build-cache: CI uploaded ${uploaded.get()} bytes to the remote cache"
} finally {
    server.stop(0)
}
return true
