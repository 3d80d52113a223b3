import org.jsoup.Jsoup

def page = new File(basedir, 'target/generated-docs/index.html')
assert page.isFile() : "process-asciidoc wrote no ${page}"
def html = Jsoup.parse(page, 'UTF-8')

def blocks = html.select('.ormcompare')
assert blocks.eachAttr('id') == ['ormcompare-apply', 'ormcompare-rollback']

assert html.select('#ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'SQLAlchemy', 'Prisma']
assert html.select('#ormcompare-rollback [role=tab]').eachText() == ['Django ORM', 'Prisma', 'Drizzle']
assert html.selectFirst('#ormcompare-rollback [role=tab][aria-selected=true]').text() == 'Prisma'
html.select('[role=tab]').each { tab ->
    def panel = html.getElementById(tab.attr('aria-controls'))
    assert panel != null && panel.attr('role') == 'tabpanel' && panel.attr('aria-labelledby') == tab.id()
}
assert html.selectFirst('#ormcompare-rollback > .title').text() == 'Rolling back'
// rouge coloured the snippets
assert html.select('#ormcompare-apply-prisma pre.rouge span').size() > 0
// the assets once, in the head of the standalone page
assert html.head().select('script').findAll { it.data().contains('ormcompare-js') }.size() == 1
assert html.body().select('script').findAll { it.data().contains('ormcompare-js') }.isEmpty()

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert !(log =~ /asciidoctor: (WARN|ERROR)/)
return true
