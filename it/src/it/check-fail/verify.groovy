def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log.contains('3 problems in the docs (failOn=ERROR):')
[
    "src/docs/asciidoc/guide/more.adoc:5: unknown ORM 'sequelise'; did you mean 'sequelize'?",
    "src/docs/asciidoc/guide/more.adoc:7: unknown attribute 'ormz'; did you mean 'orms'?",
    "src/docs/asciidoc/index.adoc:3: unknown topic 'aply'; did you mean 'apply'?",
].each { problem ->
    assert log.contains('[ERROR] ' + problem)
    assert log.count(problem) == 2 // as found, and in the failure's list
}
assert !log.contains('at dev.ormcompare')
assert !new File(basedir, 'target/site').exists()
return true
