import org.jsoup.Jsoup

// every page of every module, with its tabs and the SQL coloured (conversions on two threads took turns)
def expected = [
        'target/site/index.html'      : ['ormcompare-apply'],
        'api/target/site/index.html'  : ['ormcompare-generate', 'ormcompare-status'],
        'guide/target/site/index.html': ['ormcompare-rollback'],
        'guide/target/site/apply.html': ['ormcompare-apply'],
]
expected.each { path, ids ->
    def file = new File(basedir, path)
    assert file.isFile() : "mvn site wrote no ${file}"
    def page = Jsoup.parse(file, 'UTF-8')
    assert page.select('main#bodyColumn .ormcompare').eachAttr('id') == ids
    assert page.select('head script[src^=data:text/javascript]').size() == 1
    assert page.select('.ormcompare pre.rouge .err').isEmpty() : "${path}: a snippet was highlighted as errors"
}
assert Jsoup.parse(new File(basedir, 'guide/target/site/index.html'), 'UTF-8')
        .select('#ormcompare-rollback-sql pre.rouge span.k').size() > 0

def log = new File(basedir, 'build.log').text
// three sites per build, two builds: Asciidoctor started once in each build
assert log.findAll(/Rendering \d+ Doxia documents?: \d+ asciidoc/).size() == 6
assert log.findAll(/ormcompare: Asciidoctor started in \d+ ms/).size() == 2
assert !log.contains('[ERROR]')
return true
