import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
// the build ran on the oldest supported Maven, not on the one running the tests
assert log =~ /Apache Maven 3\.6\.3 /
assert log.contains('ormcompare: 1 page rendered, 0 up to date, no errors or warnings')
assert log.contains('BUILD SUCCESS')

def page = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')
assert page.select('#ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'Prisma']
assert page.select('pre.rouge span').size() > 0
return true
