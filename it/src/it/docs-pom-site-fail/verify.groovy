def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
// the problem as it happens, and again in the failure message, each with file, line and suggestion
def located = "src/docs/asciidoc/index.adoc:7: unknown ORM 'djano'; did you mean 'django'? Known ORMs: sql, django,"
assert log.contains('[ERROR] ' + located)
assert log.contains('1 problem in the docs (failOn=ERROR):')
// the summary says how many, before the failure lists them
assert log =~ /ormcompare: 1 page rendered, 0 up to date, 1 page with 1 error and 0 warnings, in [0-9.]+ s/
assert log.count(located) == 2
// a user mistake, not a crash: no stack trace
assert !log.contains('at dev.ormcompare')
assert !log.contains('Exception:')

// the page is written whole, with the error shown where the macro was
def page = new File(basedir, 'target/site/index.html')
assert page.text.contains("ormcompare: unknown ORM &#8216;djano&#8217;") || page.text.contains("ormcompare: unknown ORM 'djano'")
assert !new File(basedir, 'target/site').listFiles().any { it.name.endsWith('-tmp') || it.name.endsWith('.tmp') }
return true
