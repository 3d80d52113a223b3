import org.jsoup.Jsoup

import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def log = new File(basedir, 'build.log').text
def summaries = (log =~ /ormcompare: (\d+) pages? rendered, (\d+) up to date/).collect { [it[1] as int, it[2] as int] }
assert summaries == [[2, 0], [0, 2], [1, 1], [2, 0], [1, 1], [2, 0]]

def site = new File(basedir, 'target/site')
def index = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
def other = Jsoup.parse(new File(site, 'other.html'), 'UTF-8')
// the edited page, the edited catalog and the edited source file outside the docs all show: no page is stale
assert other.selectFirst('h1').text() == 'Other, edited'
assert index.selectFirst('#ormcompare-apply-team-orm pre').text() == '$ team migrate --second'
assert index.select('pre code').collect { it.text() }.any { it.contains('applySecond') }
// the last build used highlight.js
assert index.select('pre.highlightjs').size() > 0
// <sectnums>false</sectnums> unsets what the page sets
assert other.selectFirst('h2').text() == 'Status'
// .asciidoc is a page; drafts/** is excluded, and AsciiDoc sources are never published
assert !new File(site, 'drafts').exists()
assert !new File(site, 'other.asciidoc').exists()
// pages get the mode any file gets here, so a web server running as another user can read them
def ordinary = basedir.toPath().resolve('target/mode-probe.txt')
Files.deleteIfExists(ordinary)
Files.createFile(ordinary)
def expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary))
['index.html', 'other.html'].each {
    assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(site, it).toPath())) == expected
}
return true
