import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def pages = ['index', 'rollback'].collectEntries { name ->
    def file = new File(site, "${name}.html")
    assert file.isFile() : "mvn site wrote no ${file}"
    [(name): Jsoup.parse(file, 'UTF-8')]
}

/** Each listing in the page's body: its title (the element just before the pre) and its code. */
def listings = { page ->
    page.select('main#bodyColumn pre').collect { pre ->
        [title: pre.previousElementSibling()?.text(), code: pre.wholeText()]
    }
}

pages.each { name, page ->
    assert page.select('link[rel=stylesheet][href*=apache-maven-fluido]').size() == 1 : "${name}: not the Fluido skin"
    // this module drops raw HTML: no tabs, and no tab markup leaking as text
    assert page.select('[role=tablist], [role=tab], [role=tabpanel], button').isEmpty()
    assert !page.body().text().contains('tablist')
    // the assets went with the raw HTML, which is right on a page without tabs
    assert page.select('style').every { !it.data().contains('.ormcompare-tablist') }
    assert page.select('script').every { !it.data().contains('ormcompare-js') }
}

def index = listings(pages.index)
assert index*.title == ['Django ORM', 'SQLAlchemy', 'Prisma', 'Django ORM', 'Prisma', 'Drizzle']
assert index[0].code.startsWith('$ python manage.py migrate\n')
assert index[1].code.startsWith('$ alembic upgrade head\n')
assert index[2].code.contains('$ npx prisma migrate deploy')
assert index[5].code.startsWith('$ npx drizzle-kit migrate\n')
// The block title (".Applying in production") is not asserted: this module drops open blocks'
// titles, so it does not appear on the page.

def rollback = listings(pages.rollback)
assert rollback*.title == ['SQL', 'Django ORM', 'Prisma']
assert rollback[0].code.contains('ALTER TABLE users DROP COLUMN age;')
def paragraphs = pages.rollback.select('main#bodyColumn p').eachText()
assert paragraphs.contains('No built-in rollback: write the reverse SQL by hand.')
assert paragraphs.contains('No built-in rollback.')

def log = new File(basedir, 'build.log').text
assert log.contains('Rendering 2 Doxia documents: 2 asciidoc')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert !(log =~ /asciidoctor: (WARN|ERROR)/)
// the module warns for each node it has no handler for; only the comparisons' open and pass nodes may be among them
def fallbacks = (log =~ /Fallback behaviour for node: (\S+)/).collect { it[1] } as Set
assert ['open', 'pass'].containsAll(fallbacks) : "fallback for ${fallbacks}"
return true
