def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
def page = new File(basedir, 'src/docs/asciidoc/index.adoc').path
// which page, how long, what the JVM said last, and what to change
assert log.contains("the converter JVM gave no answer for ${page} in 10 s and was stopped; the last it printed: "
        + "'Listening for transport dt_socket at address: ")
assert log.contains('A page that takes longer needs a longer <convertTimeout> (or -Dormcompare.convertTimeout, in seconds)')
assert log.contains('[INFO] converter JVM: Listening for transport dt_socket at address: ')
assert !log.contains('at dev.ormcompare')
return true
