import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
// the build ran on the older Maven, not on the one running the tests
assert log =~ /Apache Maven 3\.8\.\d+ /
// the AsciiDoc page was found (with the module unloaded, only the reports were rendered, and the build passed)
assert log.contains('Rendering 1 Doxia document: 1 asciidoc')
assert log.findAll(/ormcompare: Asciidoctor started in \d+ ms/).size() == 1
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

def html = new File(basedir, 'target/site/index.html').getText('UTF-8')
def page = Jsoup.parse(html)
assert page.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1
assert page.select('main#bodyColumn #ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'Prisma']
assert page.select('#ormcompare-apply pre.rouge span').size() > 0
assert new File(basedir, 'target/site/summary.html').isFile()

// the page's title escaped once in the HTML
assert html =~ /<title>[^<]*Migrations &amp; rollbacks[^<]*<\/title>/
assert !html.contains('&amp;amp;')
// Rouge's stylesheet in the head, with a rule for the tokens the page's code has
def css = page.select('head link[rel=stylesheet][href^=data:text/css]').collect {
    new String(it.attr('href').substring(it.attr('href').indexOf(',') + 1).decodeBase64(), 'UTF-8')
}.find { it.contains('pre.rouge') }
assert css != null : 'no Rouge stylesheet in the head'
def tokens = page.select('pre.rouge code[data-lang=sql] span[class]').eachAttr('class') as Set
assert tokens.containsAll(['k', 'mi'])
assert css =~ /pre\.rouge \.k(?![\w-])[^{]*\{[^}]*color: #/
return true
