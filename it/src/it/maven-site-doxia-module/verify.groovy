import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def converterSite = new File(basedir, 'converter/target/site')
def names = ['index', 'guide/apply', 'guide/rollback', 'about/conventions']
def parse = { File root, String name ->
    def file = new File(root, "${name}.html")
    assert file.isFile() : "mvn site wrote no ${file}"
    Jsoup.parse(file, 'UTF-8')
}
def pages = names.collectEntries { [(it): parse(site, it)] }

// The CSS and script of the tabs, as the extension gives them: inline (the converter module's pages)
// or, in the head, as data: addresses (ours: Doxia keeps no raw text in the head).
def decoded = { String address -> new String(address.substring(address.indexOf(',') + 1).decodeBase64(), 'UTF-8') }
def isTabsStyle = {
    (it.tagName() == 'style' && it.data().contains('.ormcompare-tablist')) ||
            (it.tagName() == 'link' && it.attr('href').startsWith('data:text/css') && decoded(it.attr('href')).contains('.ormcompare-tablist'))
}
def isTabsScript = {
    (it.tagName() == 'script' && it.data().contains('ormcompare-js')) ||
            (it.tagName() == 'script' && it.attr('src').startsWith('data:text/javascript') && decoded(it.attr('src')).contains('ormcompare-js'))
}

pages.each { name, page ->
    assert page.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1 : "${name}: not the Fluido skin"
    def blocks = page.select('.ormcompare')
    blocks.each { block ->
        assert block.closest('main#bodyColumn') != null
        assert block.select('[role=tablist]').size() == 1
        def tabs = block.select('[role=tab]')
        assert tabs.size() == block.select('[role=tabpanel]').size()
        tabs.each { tab ->
            def panel = page.getElementById(tab.attr('aria-controls'))
            assert panel != null && panel.attr('role') == 'tabpanel' && panel.attr('aria-labelledby') == tab.id()
            assert panel.hasClass('ormcompare-active') == (tab.attr('aria-selected') == 'true')
            assert panel.selectFirst('.listingblock > .title').text() == tab.text()
        }
        assert block.select('[role=tab][aria-selected=true]').size() == 1
    }
    // the CSS and script once each, in the head, and only on a page with tabs
    def styles = page.getAllElements().findAll(isTabsStyle)
    def scripts = page.getAllElements().findAll(isTabsScript)
    def expected = blocks.isEmpty() ? 0 : 1
    assert styles.size() == expected : "${name}: ${styles.size()} ormcompare stylesheets"
    assert scripts.size() == expected : "${name}: ${scripts.size()} ormcompare scripts"
    (styles + scripts).each { assert it.closest('head') != null : "${name}: ${it.tagName()} outside the head" }
}

def index = pages.index
def apply = pages['guide/apply']
// the picker filters the tabs of the page: a button per ORM offered
assert index.select('main#bodyColumn .ormcompare-picker button[data-orm]').eachAttr('data-orm') == ['django', 'sqlalchemy', 'prisma']
assert index.select('#ormcompare-status [role=tab]').eachText() == ['Django ORM', 'SQLAlchemy', 'Prisma']
assert apply.select('.ormcompare').eachAttr('id') == ['ormcompare-apply', 'ormcompare-apply-2']
assert apply.selectFirst('#ormcompare-apply-2 [role=tab][aria-selected=true]').text() == 'Prisma'
assert apply.selectFirst('#ormcompare-apply-2 > .title').text() == 'Applying in production'
assert apply.select('#ormcompare-apply-django pre.rouge span').size() > 0
assert pages['guide/rollback'].selectFirst('#ormcompare-rollback-prisma .ormcompare-note').text() == 'No built-in rollback.'
assert pages['about/conventions'].select('.ormcompare').isEmpty()
// the page's title and author reach the skin
assert index.title().contains('Migrations')
assert index.select('meta[name=author]').attr('content').startsWith('Ada Lovelace')

// the partial: included by two pages (from src/site/asciidoc, as with the converter module), never a page
[index, apply].each { assert it.selectFirst('main#bodyColumn').text().contains('Pick an ORM to see how it applies a migration.') }
assert !new File(site, '_partials').exists()
assert !site.listFiles().any { it.name.startsWith('_') }

// the project-info reports, in the same skin, and the menus of site.xml
['summary', 'licenses', 'project-info'].each { name ->
    def report = parse(site, name)
    assert report.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1 : "${name}: not skinned"
}
assert index.select('#leftColumn a[href="guide/apply.html"]').size() == 1
assert index.select('#leftColumn a[href="project-info.html"]').size() == 1

// the same body as asciidoctor-converter-doxia-module's, byte for byte: but for the CSS and script that
// it puts inline before the page's first block (where a page has tabs), which are in the head here
def rawMain = { File root, String name ->
    def html = new File(root, "${name}.html").getText('UTF-8')
    html.substring(html.indexOf('<main id="bodyColumn"'), html.indexOf('</main>'))
}
def inlineAssets = ~/(?s)<style>\.ormcompare.*?<\/style>\n<script>\(.*?<\/script>\n/
pages.each { name, page ->
    def theirs = parse(converterSite, name)
    def theirBody = rawMain(converterSite, name)
    assert (theirBody =~ inlineAssets).size() == (page.select('.ormcompare').isEmpty() ? 0 : 1)
    assert rawMain(site, name) == theirBody.replaceFirst(inlineAssets, '') : "${name}: the body differs from the converter module's"
    assert page.title() == theirs.title()
    assert page.select('meta[name=author]').eachAttr('content') == theirs.select('meta[name=author]').eachAttr('content')
}

def log = new File(basedir, 'build.log').text
assert log.contains('Rendering 4 Doxia documents: 4 asciidoc')
// one Asciidoctor for the build (the converter module's run logs no such line)
assert log.findAll(/ormcompare: Asciidoctor started in \d+ ms/).size() == 1
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert !(log =~ /asciidoctor: (WARN|ERROR)/)
return true
