import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
def summaries = (log =~ /ormcompare: (\d+) pages? rendered, (\d+) up to date/).collect { [it[1] as int, it[2] as int] }
assert summaries == [[2, 0], [0, 2], [1, 1], [2, 0], [2, 0]]

def site = new File(basedir, 'target/site')
def index = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
def other = Jsoup.parse(new File(site, 'other.html'), 'UTF-8')
// the edited page and the edited catalog both show, so no page is stale
assert other.selectFirst('h1').text() == 'Other, edited'
assert index.selectFirst('#ormcompare-apply-team-orm pre').text() == '$ team migrate --second'
// the last build used highlight.js
assert index.select('pre.highlightjs').size() > 0
return true
