def log = new File(basedir, 'build.log').text

// the mistake, with its file, line and suggestion, then the failure the logHandler makes of it
assert log.contains('Issues found in: src/site/asciidoc/index.adoc')
assert log =~ /asciidoctor: ERROR: line 5: unknown ORM 'djano'; did you mean 'django'\?/
assert log.contains('BUILD FAILURE')
assert log.contains("index.adoc': Found 1 issue(s) of severity ERROR or higher during conversion")
assert !log.contains('at dev.ormcompare')
return true
