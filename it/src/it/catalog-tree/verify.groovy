import org.jsoup.Jsoup

def index = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')

// the multi-file cell: each file titled without its number, highlighted by its extension
def prisma = index.getElementById('ormcompare-insert-one-prisma')
assert prisma.select('.listingblock.ormcompare-file > .title').eachText() == ['Prisma: schema.prisma', 'Prisma: insert.ts']
assert prisma.select('pre code').eachAttr('data-lang') == ['prisma', 'typescript']
assert prisma.select('pre code')[1].wholeText() == 'await prisma.book.create({ data: { title: "Dune" } });'
// the declared missing cell: a note with the reason, no error
def peewee = index.getElementById('ormcompare-insert-one-peewee')
assert peewee.select('pre').isEmpty()
assert peewee.selectFirst('.admonitionblock.note.ormcompare-missing').text().contains('Not in our stack: we left Peewee in 2024')
// rollback is the migration topic; the transaction one answers to its qualified id
def code = index.select('.ormcompare pre code')
assert code.find { it.wholeText() == '$ python manage.py migrate shop 0003' }
assert code.find { it.wholeText().startsWith('with transaction.atomic():') }
// the matrix: the tree's topics in folder order, grouped; the missing cell with its reason
assert index.select('.ormcompare-matrix th[scope=colgroup]').eachText() == ['CRUD', 'Transactions', 'Migrations', 'Shop']
def insertRow = index.select('.ormcompare-matrix tbody tr').find { it.selectFirst('th').text() == 'Insert a Row' }
assert insertRow.select('td')[2].text() == '\u2717 Not in our stack'

def gaps = Jsoup.parse(new File(basedir, 'target/site/gaps.html'), 'UTF-8')
assert gaps.select('[role=tab]').eachText() == ['Django ORM', 'Prisma']
assert gaps.selectFirst('#ormcompare-restock-prisma .ormcompare-unfilled').text().contains('No snippet for Prisma yet.')
assert gaps.selectFirst('.ormcompare [role=tablist]').attr('aria-label') == 'Restock'

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') && !log.contains('[ERROR]') && !log.contains('[WARNING] src/docs')
return true
