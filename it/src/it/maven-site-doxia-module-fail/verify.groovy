def log = new File(basedir, 'build.log').text

// the mistake at its page and line, with the suggestion, at ERROR; then the failure naming them
assert log.contains("[ERROR] asciidoctor: ERROR: src/site/asciidoc/guide/apply.adoc: line 5: unknown ORM 'djano'; did you mean 'django'?")
assert log.contains('BUILD FAILURE')
assert log =~ /Error parsing '[^']*guide.apply\.adoc', line 5/
assert log.contains("line 5: 1 Asciidoctor message of severity ERROR or higher (failOn): src/site/asciidoc/guide/apply.adoc: line 5: unknown ORM 'djano'")
assert log.contains("; fix the page, or set <failOn> in maven-site-plugin's <asciidoc> configuration (NONE only logs them)")
assert !log.contains('at dev.ormcompare')
assert !log.contains('at org.apache.maven')
return true
