def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder') || log.contains('with a thread count of 4')
assert (log =~ /ormcompare: 5 pages rendered, 0 up to date/).count == 6

def compared = 0
['guide', 'reference', 'tutorial'].each { module ->
    def serial = new File(basedir, "${module}/target/serial")
    def parallel = new File(basedir, "${module}/target/parallel")
    def files = []
    serial.eachFileRecurse(groovy.io.FileType.FILES) { files << serial.toPath().relativize(it.toPath()).toString() }
    def other = []
    parallel.eachFileRecurse(groovy.io.FileType.FILES) { other << parallel.toPath().relativize(it.toPath()).toString() }
    assert files.sort() == other.sort()
    files.each { name ->
        assert new File(serial, name).bytes == new File(parallel, name).bytes : "${module}/${name} differs"
        compared++
    }
}
// each module's 5 pages, the site's 12 files (theme, tabs, search and its index, and the maps of the 5 minified ones)
// and the 3 every site has: 404.html, llms.txt and llms-full.txt
assert compared == 3 * (5 + 12 + 3)
return true
