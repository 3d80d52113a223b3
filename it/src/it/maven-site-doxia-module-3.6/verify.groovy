import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
// the oldest Maven maven-site-plugin 3.21+ runs on found the module: the AsciiDoc page is rendered
assert log =~ /Apache Maven 3\.6\.3 /
assert log.contains('Rendering 1 Doxia document: 1 asciidoc')
assert log.contains('BUILD SUCCESS')

def page = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')
assert page.select('main#bodyColumn #ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'Prisma']
// the same page as on Maven 3.8 (maven-site-doxia-module-3.8 checks it in full): title and Rouge's stylesheet
assert page.title().startsWith('Migrations & rollbacks')
assert page.select('head link[rel=stylesheet][href^=data:text/css]').size() == 2
return true
