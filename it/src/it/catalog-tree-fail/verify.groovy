def log = new File(basedir, 'build.log').text

def located = "src/docs/ormcompare/1-setup/2-connect: this topic folder and 1-connect both give the topic id 'connect' " +
        "in category 'setup'; rename one of them (number prefixes only order, they are not part of the id)"
assert log.contains('[ERROR] ' + located)
assert log.contains('BUILD FAILURE')
assert !log.contains('at dev.ormcompare')
return true
