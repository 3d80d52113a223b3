import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def index = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
def rollback = Jsoup.parse(new File(site, 'guide/rollback.html'), 'UTF-8')

// one block per macro, each a working tab widget
assert index.select('.ormcompare').eachAttr('id') == ['ormcompare-generate', 'ormcompare-apply']
assert index.select('#ormcompare-generate [role=tab]').eachText() == ['Django ORM', 'SQLAlchemy', 'Prisma']
assert index.selectFirst('#ormcompare-apply [role=tab][aria-selected=true]').text() == 'Prisma'
assert index.selectFirst('#ormcompare-apply > .title').text() == 'Applying'
assert rollback.select('#ormcompare-rollback [role=tab]').eachText() == ['Django ORM', 'Prisma', 'Drizzle']
assert rollback.select('#ormcompare-status [role=tab]').eachText() == ['Django ORM', 'Prisma', 'Drizzle']
[index, rollback].each { page ->
    page.select('[role=tab]').each { tab ->
        def panel = page.getElementById(tab.attr('aria-controls'))
        assert panel != null && panel.attr('role') == 'tabpanel' && panel.attr('aria-labelledby') == tab.id()
    }
    // the site's pages link the tabs' script and the theme's, loaded once per site
    assert page.head().select('script[src$=ormcompare-assets/ormcompare.js]').size() == 1
    assert page.head().select('script[src$=ormcompare-assets/theme.js]').size() == 1
    assert page.select('script').findAll { it.data().contains('ormcompare-js') }.isEmpty()
    assert page.select('header.oc-header, nav#oc-nav, main#oc-main, footer.oc-footer').size() == 4
    assert page.select('pre.rouge span').size() > 0
}
// cross-page links, copied resources, partials not rendered
assert index.selectFirst('a[href=guide/rollback.html]') != null
assert new File(site, 'images/flow.svg').isFile()
['theme.css', 'theme.js', 'ormcompare.css', 'ormcompare.js'].each { assert new File(site, "ormcompare-assets/${it}").isFile() }
// the navigation lists both pages, the current one marked
assert index.select('#oc-nav a').eachAttr('href').sort() == ['./guide/rollback.html', './index.html']
assert index.selectFirst('#oc-nav a[aria-current=page]').attr('href') == './index.html'
assert rollback.selectFirst('#oc-nav a[aria-current=page]').attr('href') == '../guide/rollback.html' 
assert !new File(site, '_partials').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('ormcompare: 2 pages rendered, 0 up to date, no errors or warnings')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]') && !log.contains('[WARNING]')
return true
