import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
// the build ran on the older Maven, not on the one running the tests
assert log =~ /Apache Maven 3\.6\.3 /
// the AsciiDoc page was found (with the module unloaded, only the reports were rendered, and the build passed)
assert log.contains('Rendering 1 Doxia document: 1 asciidoc')
assert log.findAll(/ormcompare: Asciidoctor started in \d+ ms/).size() == 1
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

def page = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')
assert page.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1
assert page.select('main#bodyColumn #ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'Prisma']
assert page.select('#ormcompare-apply pre.rouge span').size() > 0
assert new File(basedir, 'target/site/summary.html').isFile()
return true
