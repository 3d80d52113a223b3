import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log.contains('ormcompare: 2 pages rendered, 0 up to date')
assert log.contains('BUILD SUCCESS') && !log.contains('[ERROR]')

def index = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')
assert index.select('#ormcompare-generate [role=tab]').eachText() == ['Django ORM', 'SQLAlchemy', 'Prisma']
assert index.select('pre.rouge span').size() > 0
return true
