import org.jsoup.Jsoup
import org.jsoup.parser.Parser

def site = new File(basedir, 'target/site')
def read = { String path -> Jsoup.parse(new File(site, path), 'UTF-8') }
def pages = ['index.html', 'guide/rollback.html', 'legal/privacy.html']
def sources = ['index.html': 'index.adoc', 'guide/rollback.html': 'guide/rollback.adoc', 'legal/privacy.html': 'legal/privacy.adoc']

// sitemap.xml: every page by its address; lastmod from git's history, none for the file changed since the commit
def sitemap = Jsoup.parse(new File(site, 'sitemap.xml').text, '', Parser.xmlParser())
def urls = sitemap.select('url').collectEntries { [(it.selectFirst('loc').text()): it.selectFirst('lastmod')?.text()] }
assert urls == ['https://acme.example.org/orm-guide/guide/rollback.html': '2026-11-30',
                'https://acme.example.org/orm-guide/': '2026-11-30',
                'https://acme.example.org/orm-guide/legal/privacy.html': null]
assert new File(site, 'robots.txt').text.contains('Sitemap: https://acme.example.org/orm-guide/sitemap.xml')

pages.each { path ->
    def page = read(path)
    def root = path.contains('/') ? '../' : './'
    def address = path == 'index.html' ? 'https://acme.example.org/orm-guide/' : "https://acme.example.org/orm-guide/${path}"
    assert page.select('link[rel=canonical]').attr('href') == address
    assert page.select('meta[property=og:title]').attr('content') == page.selectFirst('h1').text()
    // the edit link: the page's path from the repository's root, on the branch main
    assert page.select('main .oc-edit-page a').attr('href') ==
            "https://github.com/acme/orm-guide/edit/main/src/docs/asciidoc/${sources[path]}"
    // the team's look: favicon from the page's folder, accent, repository and chat, the copyright line and links
    assert page.select('link[rel=icon]').attr('href') == "${root}images/favicon.svg"
    assert page.select('head style').html().contains('#7b2cbf')
    assert page.select('.oc-header-links a').eachAttr('aria-label') == ['Chat', 'GitHub']
    def footer = page.selectFirst('body > footer.oc-footer')
    assert footer.selectFirst('p').text() == '© 2024 Acme'
    assert footer.select(".oc-footer-links a").first().attr("href") == "${root}legal/privacy.html"
    // the shared docinfo footer inside the footer landmark, on every page, in folders too
    assert footer.select('.oc-docinfo-footer p.acme-legal').size() == 1
    assert page.select('p.acme-legal').size() == 1
}
assert read('index.html').select('meta[property=og:description]').attr('content') ==
        'How the Acme team applies and rolls back migrations.'

// 404.html: served at any depth, so every link starts from the site's path on the server
def notFound = read('404.html')
assert notFound.selectFirst('h1').text() == 'Page not found'
assert notFound.select('.oc-search').attr('data-root') == '/orm-guide/'
assert (notFound.select('link[href], script[src]').collect { it.hasAttr('href') ? it.attr('href') : it.attr('src') }
        .findAll { !it.startsWith('http') }).every { it.startsWith('/orm-guide/') }
assert notFound.select('#oc-nav a').eachAttr('href').every { it.startsWith('/orm-guide/') }
assert notFound.select('footer .acme-legal').size() == 1

// llms.txt: the site's name, its summary, the pages by navigation section
def llms = new File(site, 'llms.txt').text
assert llms.startsWith('# Acme ORM guide\n\n> How the Acme team applies and rolls back migrations.\n')
assert llms.contains('- [Rolling back](https://acme.example.org/orm-guide/guide/rollback.html): Undo the last migration.')
// llms-full.txt: every page's text, every snippet of every comparison under its ORM's name
def full = new File(site, 'llms-full.txt').text
pages.each { path ->
    def page = read(path)
    assert full.contains("# ${page.selectFirst('h1').text()}")
    page.select('[role=tabpanel]').each { panel ->
        def tab = page.getElementById(panel.attr('aria-labelledby'))
        assert full.contains("**${tab.text()}**")
        panel.select('pre').each { pre -> assert full.contains(pre.wholeText().strip()) }
    }
}
assert read('index.html').select('[role=tabpanel]').size() == 3 && read('guide/rollback.html').select('[role=tabpanel]').size() == 3

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]') && !log.contains('[WARNING]')
return true
