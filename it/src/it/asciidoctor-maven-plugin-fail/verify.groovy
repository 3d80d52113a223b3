def log = new File(basedir, 'build.log').text

// the mistake, with its file, line and suggestion, then the failure it causes
assert log =~ /asciidoctor: ERROR: index\.adoc: line 5: unknown ORM 'djano'; did you mean 'django'\?/
assert log.contains('BUILD FAILURE')
// logHandler's failIf, not a crash
assert log.contains('Found 1 issue(s) of severity ERROR or higher during conversion')
assert !log.contains('at dev.ormcompare')
return true
