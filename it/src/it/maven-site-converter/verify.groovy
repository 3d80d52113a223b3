import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def pages = ['index', 'rollback'].collectEntries { name ->
    def file = new File(site, "${name}.html")
    assert file.isFile() : "mvn site wrote no ${file}"
    [(name): Jsoup.parse(file, 'UTF-8')]
}
def index = pages.index
def rollback = pages.rollback

pages.each { name, page ->
    // a page of the Fluido skin, the comparisons in its body column
    assert page.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1 : "${name}: not the Fluido skin"
    def blocks = page.select('.ormcompare')
    assert !blocks.isEmpty()
    assert blocks.every { it.closest('main#bodyColumn') != null }
    // a working tab widget per block: each tab controls a panel labelled by that tab, one selected
    blocks.each { block ->
        assert block.select('[role=tablist]').size() == 1
        def tabs = block.select('[role=tab]')
        assert tabs.size() == block.select('[role=tabpanel]').size()
        tabs.each { tab ->
            def panel = page.getElementById(tab.attr('aria-controls'))
            assert panel != null && panel.attr('role') == 'tabpanel' && panel.attr('aria-labelledby') == tab.id()
            assert panel.hasClass('ormcompare-active') == (tab.attr('aria-selected') == 'true')
            // the snippet stays a listing titled with the ORM's name
            assert panel.selectFirst('.listingblock > .title').text() == tab.text()
        }
        assert block.select('[role=tab][aria-selected=true]').size() == 1
    }
    // no docinfo on an embedded page: the CSS and JS inline, once, before the page's first comparison
    def styles = page.select('style').findAll { it.data().contains('.ormcompare-tablist') }
    def scripts = page.select('script').findAll { it.data().contains('ormcompare-js') }
    assert styles.size() == 1 : "${name}: ${styles.size()} ormcompare stylesheets"
    assert scripts.size() == 1 : "${name}: ${scripts.size()} ormcompare scripts"
    assert styles[0].closest('.ormcompare') == null && scripts[0].closest('.ormcompare') == null
    def all = page.getAllElements()
    assert all.indexOf(scripts[0]) < all.indexOf(blocks.first())
}

assert index.select('.ormcompare').eachAttr('id') == ['ormcompare-apply', 'ormcompare-apply-2']
assert index.select('#ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'SQLAlchemy', 'Prisma']
assert index.selectFirst('#ormcompare-apply [role=tab][aria-selected=true]').text() == 'Django ORM'
assert index.select('#ormcompare-apply-2 [role=tab]').eachText() == ['Django ORM', 'Prisma', 'Drizzle']
assert index.selectFirst('#ormcompare-apply-2 [role=tab][aria-selected=true]').text() == 'Prisma'
assert index.selectFirst('#ormcompare-apply-2 > .title').text() == 'Applying in production'
assert index.selectFirst('#ormcompare-apply-django pre code').wholeText().startsWith('$ python manage.py migrate')

// rouge coloured the snippets (the site plugin's <asciidoc> configuration)
assert index.select('#ormcompare-apply-django pre.rouge span').size() > 0
// a partial outside src/site/asciidoc is included, and is no page of the site
assert index.selectFirst('main#bodyColumn').text().contains('Pick an ORM to see how it applies a migration.')
assert !new File(site, '_partials').exists()

assert rollback.select('#ormcompare-rollback [role=tab]').eachText() == ['SQL', 'Django ORM', 'Prisma']
assert rollback.selectFirst('#ormcompare-rollback-prisma .ormcompare-note').text() == 'No built-in rollback.'

def log = new File(basedir, 'build.log').text
assert log.contains('Rendering 2 Doxia documents: 2 asciidoc')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert !(log =~ /asciidoctor: (WARN|ERROR)/)
return true
