def log = new File(basedir, 'build.log').text

def located = "src/docs/ormcompare/team.adoc:3: tag 'sed' not found in ../../main/java/Seed.java; did you mean 'seed'? Tags there: seed."
assert log.contains('[ERROR] ' + located)
assert log.count(located) == 2 // once as found, once in the failure's list, though two macros need the catalog
assert log.contains('1 problem in the docs (failOn=ERROR):')
assert log.contains('BUILD FAILURE')
assert !log.contains('at dev.ormcompare')
return true
